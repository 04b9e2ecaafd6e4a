'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { chooseTheme, chosenTheme, subscribeTheme, themeChoices, type ThemeChoice } from './theme';
import './theme-toggle.css';

/** System, light or dark, for the top bars. The server cannot know the stored choice: it renders "System" and hydration corrects it. */
export function ThemeToggle() {
  const t = useTranslations('topbar.theme');
  const choice = useSyncExternalStore(subscribeTheme, chosenTheme, () => 'system' as const);
  return (
    <select className="theme-toggle" aria-label={t('label')} value={choice} onChange={(e) => chooseTheme(e.target.value as ThemeChoice)}>
      {themeChoices.map((c) => (
        <option key={c} value={c}>
          {t(c)}
        </option>
      ))}
    </select>
  );
}
