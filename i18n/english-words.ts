import { createTranslator } from 'next-intl';
import en from '@/messages/en.json';

type Words = (key: string, values?: Record<string, string | number>) => string;

/** The English catalog's messages (those under `namespace`, if given), for a test of code that is handed its words. */
export function englishWords(namespace?: string): Words {
  const t = createTranslator({ locale: 'en', messages: en, ...(namespace ? { namespace: namespace as never } : {}) });
  return (key, values) => (t as unknown as Words)(key, values);
}
