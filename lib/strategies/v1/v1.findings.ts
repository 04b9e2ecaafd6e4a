import type { ScheduleOutcome } from '@/lib/explore/schedule-outcome';
import { cellName } from '@/lib/note/case-matrix';
import { callFor } from '@/lib/trade/operations';
import { pairText } from '@/lib/note/case-cell';

/**
 * A V1 finding in the note's own reasoning: a cell the note calls repaired by retry, overtaken
 * by the trade's next operation before any retry came.
 */
export function whyV1(o: ScheduleOutcome): string | null {
  const end = pairText(o.afterRecovery.pair);
  const index = o.steps.findIndex((s) => s.cell?.verdict === 'repaired by retry');
  const repairable = o.steps[index]?.cell;
  const next = o.steps[index + 1];
  if (repairable && next) {
    return (
      `The note's table takes each operation alone, and ${cellName(repairable)} is repaired by retry — the local row still calls ` +
      `for the ${callFor[repairable.op]}. Here the ${next.op} came before any retry. V1 keeps no record of the work it owes, so a retry ` +
      `can only re-drive the trade's last operation; once the ${next.op} was over, nothing says the ` +
      `${callFor[repairable.op]} is still owed, and the trade stays ${end} with nothing scheduled to repair it.`
    );
  }
  return null;
}
