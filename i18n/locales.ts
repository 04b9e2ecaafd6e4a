/** The lab's two languages; English when the browser asks for neither. */
export const locales = ['en', 'zh'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** The switch in the top bar remembers the choice here, for a year. */
export const localeCookie = 'NEXT_LOCALE';
export const localeCookieMaxAge = 60 * 60 * 24 * 365; // seconds

/** What `<html lang>` and each switch button say: Chinese is written in its simplified script. */
export const languageTag: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

export const isLocale = (value: string | undefined): value is Locale => (locales as readonly string[]).includes(value ?? '');

/**
 * The language for a request: the remembered choice, else the browser's best-liked language the
 * lab speaks (`Accept-Language`, by its q-values: zh-CN, zh-TW, zh → zh; en-* → en), else English.
 */
export function negotiateLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookie)) return cookie;
  const asked = (acceptLanguage ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { primary: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1, order };
    })
    .filter((a) => a.q > 0 && isLocale(a.primary))
    .sort((a, b) => b.q - a.q || a.order - b.order);
  const best = asked[0]?.primary;
  return isLocale(best) ? best : defaultLocale;
}
