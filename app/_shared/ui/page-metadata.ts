import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

/** A page's tab title in the reader's language: "Matrix · Consistency Lab"; `page` names the catalog's namespace of the page. */
export async function pageMetadata(page: 'matrix' | 'chaos' | 'explore' | 'apiPage'): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('lab.pageTitle', { page: t(`${page}.title`) }) };
}
