import { createTranslator } from 'next-intl';
import en from '@/messages/en.json';

/** The English catalog's messages under `namespace`, for a test of code that is handed its words. */
export function englishWords(namespace: string): (key: string, values?: Record<string, string | number>) => string {
  const t = createTranslator({ locale: 'en', messages: en, namespace: namespace as never });
  return (key, values) => (t as unknown as (key: string, values?: Record<string, string | number>) => string)(key, values);
}
