/**
 * The reader's theme: the system's, or one they chose. The choice lives on <html data-theme>, where
 * the palette reads it; it is kept in localStorage and a cookie so the next page starts with it.
 */
export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];
export type Theme = Exclude<ThemeChoice, 'system'>;

const key = 'lab-theme';
const darkQuery = '(prefers-color-scheme: dark)';
const year = 60 * 60 * 24 * 365;

/**
 * Runs in <head> before the body is parsed, so a stored choice paints from the first frame.
 * localStorage first; the cookie covers a browser that blocks storage but sends cookies.
 */
export const themeScript = `try{var t=localStorage.getItem('${key}')||(document.cookie.match(/(?:^|; )${key}=(light|dark)/)||[])[1];if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

export function chosenTheme(): ThemeChoice {
  const theme = document.documentElement.dataset.theme;
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}

/** The theme the page is painted in now. */
export function shownTheme(): Theme {
  const chosen = chosenTheme();
  if (chosen !== 'system') return chosen;
  return matchMedia(darkQuery).matches ? 'dark' : 'light';
}

export function chooseTheme(choice: ThemeChoice): void {
  const system = choice === 'system';
  if (system) delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
  document.cookie = system ? `${key}=; path=/; max-age=0; samesite=lax` : `${key}=${choice}; path=/; max-age=${year}; samesite=lax`;
  try {
    if (system) localStorage.removeItem(key);
    else localStorage.setItem(key, choice);
  } catch {
    // Storage blocked: the cookie carries the choice alone.
  }
}

/** Calls back when the painted theme may have changed: another choice, or the system's switching. */
export function subscribeTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = matchMedia(darkQuery);
  media.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', onChange);
  };
}
