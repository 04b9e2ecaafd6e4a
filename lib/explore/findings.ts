import type { ExplorerHooks } from './explorer-hooks';
import type { ScheduleOutcome } from './schedule-outcome';
import { pairText } from '@/lib/note/case-cell';

/**
 * Why a schedule departs from what the note says: in the strategy's own terms where it can
 * tell (the note's tables take each operation alone, so a finding is usually two operations
 * meeting), else where the schedule ended.
 */
export function whyOf(o: ScheduleOutcome, strategy: ExplorerHooks): string {
  const end = pairText(o.afterRecovery.pair);
  const told = strategy.why?.(o);
  if (told) return told;
  if (o.afterRecovery.verdict === 'stuck') return `The schedule ends stuck in ${end}, a state none of the note's cells leaves a trade in.`;
  if (o.payOnlySeen) return 'At some step the provider held a pay order for which the caller had no trade.';
  if (o.guessed) return o.guessed;
  return `The schedule ends ${o.afterRecovery.verdict} in ${end}; after reconciliation ${pairText(o.afterReconcile.pair)} ${o.afterReconcile.verdict}, broken: ${o.afterReconcile.broken.join(', ') || 'nothing'}.`;
}
