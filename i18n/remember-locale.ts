'use server';

import { cookies } from 'next/headers';
import { isLocale, localeCookie, localeCookieMaxAge } from './locales';

/** The language switch's choice, kept for the next visits; anything but a language of the lab changes nothing. */
export async function rememberLocale(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(localeCookie, locale, { path: '/', maxAge: localeCookieMaxAge, sameSite: 'lax' });
}
