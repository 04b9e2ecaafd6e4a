'use client';

import { useSyncExternalStore } from 'react';
import { chooseTheme, chosenTheme, subscribeTheme, themeChoices, type ThemeChoice } from './theme';
import './theme-toggle.css';

const names: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** System, light or dark, for the top bars. The server cannot know the stored choice: it renders "System" and hydration corrects it. */
export function ThemeToggle() {
  const choice = useSyncExternalStore(subscribeTheme, chosenTheme, () => 'system' as const);
  return (
    <select className="theme-toggle" aria-label="Theme" value={choice} onChange={(e) => chooseTheme(e.target.value as ThemeChoice)}>
      {themeChoices.map((c) => (
        <option key={c} value={c}>
          {names[c]}
        </option>
      ))}
    </select>
  );
}
