import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { localeCookie, negotiateLocale } from './locales';

// The language is not in the URL (the lab's addresses, API and links stay as they are): each
// request carries it in the switch's cookie or the browser's Accept-Language.
export default getRequestConfig(async () => {
  const locale = negotiateLocale((await cookies()).get(localeCookie)?.value, (await headers()).get('accept-language'));
  return { locale, messages: (await import(`../messages/${locale}.json`)).default };
});
