import { strategyPorts } from '@/lib/strategies/registry';
import type { Resent, StrategyPort, SweepItem } from '@/lib/strategies/strategy';
import { recordEvent } from '@/lib/trade/record-event';
import { sweepEvent } from '@/lib/trade/trade-events';
import type { TradeContext } from '@/lib/trade/trade-context';

export interface SweepReport {
  /** The first `listed` attempts; the counts cover all of them. */
  attempted: SweepItem[];
  converged: string[];
  /** Due orders left alone because a call for them was already on the wire. */
  busy: string[];
  attemptedCount: number;
  convergedCount: number;
}

/** A sweep over thousands of orders reports them all in its counts, but lists only this many. */
const listed = 1000;
const parallelCalls = 16;

/**
 * One recovery sweep: re-send every owed operation that is due (all of them when forced), each
 * with its idempotency key, and record what came back — first what the strategies allow side by
 * side, then what must go one at a time. It works from the database alone, so it continues a
 * flow after a restart exactly as before it.
 */
export async function runRecoverySweep(ctx: TradeContext, options: { force?: boolean } = {}): Promise<SweepReport> {
  const force = options.force ?? false;
  const report: SweepReport = { attempted: [], converged: [], busy: [], attemptedCount: 0, convergedCount: 0 };
  const sending = (how: StrategyPort['recovery']['sending']) => strategyPorts.filter((port) => port.recovery.sending === how);
  const due = sending('side by side').flatMap((port) => port.recovery.due(ctx, force));
  let next = 0;
  const worker = async () => {
    while (next < due.length) {
      const owed = due[next++]!;
      note(report, owed.id, await owed.send());
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallelCalls, due.length) }, worker));
  for (const port of sending('one at a time')) for (const owed of port.recovery.due(ctx, force)) note(report, owed.id, await owed.send());
  if (report.attempted.length) {
    await recordEvent(ctx, null, sweepEvent(report.attemptedCount, report.convergedCount, force));
  }
  return report;
}

function note(report: SweepReport, id: string, resent: Resent): void {
  if (resent.kind === 'busy') report.busy.push(id);
  if (resent.kind !== 'sent') return;
  const { item } = resent;
  report.attemptedCount += 1;
  if (report.attempted.length < listed) report.attempted.push(item);
  if (!item.converged) return;
  report.convergedCount += 1;
  if (report.converged.length < listed) report.converged.push(item.tradeId);
}
