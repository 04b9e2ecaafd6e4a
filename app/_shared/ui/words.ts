import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { useFaultLabel } from './fault-label';

/** Messages of the catalogs, as code that words things is handed them: `t('key', values)`. */
export type Words = (key: string, values?: Record<string, string | number>) => string;

/** The messages under one namespace of `t`. */
export const scoped =
  (t: Words, namespace: string): Words =>
  (key, values) =>
    t(`${namespace}.${key}`, values);

/**
 * One side of a pair in the note's notation (lib/note's pairOf): a state, and what it owes —
 * "unknown (owes try)" — with the owing in the reader's language.
 */
export const sideName = (t: Words, side: string) => side.replace(/ \(owes (\w+)\)$/, (_, op: string) => t('pair.owes', { op }));

/** What a trade is told with — its diagram, its one-line story, its events: every message, and the faults' names. */
export interface StoryWords {
  t: Words;
  faultLabel: (id: string) => string;
}

/** StoryWords in the reader's language. */
export function useStoryWords(): StoryWords {
  const t = useTranslations();
  const faultLabel = useFaultLabel();
  return useMemo(() => ({ t, faultLabel }), [t, faultLabel]);
}
