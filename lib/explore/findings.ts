import { cellName } from '@/lib/note/case-matrix';
import { callFor } from '@/lib/trade/operations';
import type { ScheduleOutcome } from './run-schedule';

const pairText = ([caller, provider]: readonly string[]) => `(${caller}, ${provider})`;

/**
 * Why a schedule departs from what the note says, in the note's own reasoning where the lab
 * can tell it: the note's tables take each operation alone, so a finding is usually two
 * operations meeting.
 */
export function whyOf(o: ScheduleOutcome): string {
  const end = pairText(o.afterRecovery.pair);
  const index = o.steps.findIndex((s) => s.cell?.verdict === 'repaired by retry');
  const repairable = o.steps[index]?.cell;
  const next = o.steps[index + 1];
  if (o.config.strategy === 'v1' && repairable && next) {
    return (
      `The note's table takes each operation alone, and ${cellName(repairable)} is repaired by retry — the local row still calls ` +
      `for the ${callFor[repairable.op]}. Here the ${next.op} came before any retry. V1 keeps no record of the work it owes, so a retry ` +
      `can only re-drive the trade's last operation; once the ${next.op} was over, nothing says the ` +
      `${callFor[repairable.op]} is still owed, and the trade stays ${end} with nothing scheduled to repair it.`
    );
  }
  if (o.afterRecovery.verdict === 'stuck') return `The schedule ends stuck in ${end}, a state none of the note's cells leaves a trade in.`;
  if (o.payOnlySeen) return 'At some step the provider held a pay order for which the caller had no trade.';
  if (o.guessed) return o.guessed;
  return `The schedule ends ${o.afterRecovery.verdict} in ${end}; after reconciliation ${pairText(o.afterReconcile.pair)} ${o.afterReconcile.verdict}, broken: ${o.afterReconcile.broken.join(', ') || 'nothing'}.`;
}
