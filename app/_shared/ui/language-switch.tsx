'use client';

import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { languageTag, type Locale } from '@/i18n/locales';
import { rememberLocale } from '@/i18n/remember-locale';
import './language-switch.css';

/** Each language by its own name, so a reader who cannot read the other one still finds theirs. */
const ownName: Record<Locale, string> = { en: 'English', zh: '中文' };
const shown: readonly Locale[] = ['zh', 'en'];

/** "中文" / "English" in the top bar: the choice is kept in a cookie, and the page redraws in it. */
export function LanguageSwitch() {
  const t = useTranslations('topbar');
  const current = useLocale();
  const router = useRouter();
  const [switching, startSwitch] = useTransition();
  const choose = (locale: Locale) =>
    startSwitch(async () => {
      await rememberLocale(locale);
      router.refresh();
    });
  return (
    <div className="language-switch" role="group" aria-label={t('language')} aria-busy={switching}>
      {shown.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={languageTag[locale]}
          aria-pressed={locale === current}
          onClick={() => locale !== current && choose(locale)}
        >
          {ownName[locale]}
        </button>
      ))}
    </div>
  );
}
