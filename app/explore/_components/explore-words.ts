import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { Counterexample, PropertyVerdict } from '@/app/_shared/lab-api';
import { useFaultLabel } from '@/app/_shared/ui/fault-label';
import type { Sequence } from '@/lib/explore/sequences';

type Claim = Pick<PropertyVerdict, 'id' | 'title'> & Partial<Pick<PropertyVerdict, 'claim'>>;

/** The explorer's words in the reader's language (the catalogs' `explore` and `claims`). */
export function useExploreWords() {
  const t = useTranslations();
  const faultLabel = useFaultLabel();
  return useMemo(() => {
    const strategyName = (strategy: string) => (strategy === 'every' ? t('explore.every') : strategy.toUpperCase());
    const fenceName = (fence: string) => t(`explore.fences.${fence}`);
    // A claim the catalogs do not know (a report from a newer server) is shown in the server's words.
    const known = (p: Claim, field: 'title' | 'claim') =>
      t.has(`claims.${p.id}.${field}`) ? t(`claims.${p.id}.${field}`) : ((field === 'title' ? p.title : p.claim) ?? '');
    return {
      t,
      strategyName,
      fenceName,
      /** Each starting sequence as the page names it: what the trade is asked to do before faults stop. */
      sequenceName: (s: Sequence) => t(`explore.sequences.${s}`),
      /** Which schedules a claim speaks of: `V1, fence on`. */
      scopeOf: (p: Pick<PropertyVerdict, 'strategy' | 'fence'>) =>
        t('explore.scope', { strategy: strategyName(p.strategy), fence: fenceName(p.fence) }),
      titleOf: (p: Claim) => known(p, 'title'),
      claimOf: (p: Claim) => known(p, 'claim'),
      verdictName: (v: PropertyVerdict['verdict']) => t(`explore.verdicts.${v}`),
      /**
       * A turn where the schedule left the fault-free, in-order way, in the switches' own words:
       * the explorer labels them `fault rpc.request_lost on try` or `reorder <what the network did>`.
       */
      turnText: (turn: Counterexample['turns'][number]) => {
        const fault = /^fault (\S+) on (\S+)$/.exec(turn.label);
        if (fault) return t('explore.turnFault', { fault: faultLabel(fault[1]!), op: fault[2]! });
        const reorder = /^reorder (.+)$/.exec(turn.label);
        return reorder ? t('explore.turnReorder', { what: reorder[1]! }) : turn.label;
      },
    };
  }, [t, faultLabel]);
}

export type ExploreWords = ReturnType<typeof useExploreWords>;
