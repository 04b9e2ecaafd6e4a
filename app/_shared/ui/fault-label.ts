import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { isFaultId } from '@/lib/faults/catalog';

/** A fault by the words on its switch, in the reader's language (the catalogs' `faults`, keyed by the fault's id); an id the catalog does not know is shown as it is. */
export function useFaultLabel(): (id: string) => string {
  const t = useTranslations('faults');
  return useCallback((id: string) => (isFaultId(id) ? t(id) : id), [t]);
}
