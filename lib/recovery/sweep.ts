import { recordEvent } from '@/lib/trade/record-event';
import { sendOwed, type SendResult } from '@/lib/trade/send-owed';
import type { TradeContext } from '@/lib/trade/trade-context';
import { owedMirrorIds, owedRedrives, tradeIdOf } from '@/lib/trade/trade-store';
import { redriveV1 } from './redrive-v1';

export interface SweepItem {
  tradeId: string;
  payOrderId: string;
  op: string;
  attempt: number;
  outcome: 'success' | 'failure' | 'unknown';
  /** The mirror owes nothing any more: this pay order converged. */
  converged: boolean;
  state: string;
}

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
 * One recovery sweep: re-send every owed operation that is due (all of them when forced),
 * each with its pay order's idempotency key, and record what came back. It works from the
 * database alone, so it continues a flow after a restart exactly as before it.
 */
export async function runRecoverySweep(ctx: TradeContext, options: { force?: boolean } = {}): Promise<SweepReport> {
  const due = owedMirrorIds(ctx.db, ctx.clock.now(), options.force ?? false);
  const report: SweepReport = { attempted: [], converged: [], busy: [], attemptedCount: 0, convergedCount: 0 };
  let next = 0;
  const worker = async () => {
    while (next < due.length) {
      const payOrderId = due[next++]!;
      note(report, payOrderId, await sendOwed(ctx, payOrderId));
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallelCalls, due.length) }, worker));
  await redriveDueV1(ctx, options.force ?? false, report);
  if (report.attempted.length) {
    await recordEvent(ctx, null, 'recovery', {
      kind: 'sweep',
      attempted: report.attemptedCount,
      converged: report.convergedCount,
      force: options.force ?? false,
    });
  }
  return report;
}

/** V1 operations run one at a time anyway (each holds trade.db's write lock), so in order. */
async function redriveDueV1(ctx: TradeContext, force: boolean, report: SweepReport): Promise<void> {
  for (const request of owedRedrives(ctx.db, ctx.clock.now(), force)) {
    const result = await redriveV1(ctx, request);
    if (result === 'busy') report.busy.push(tradeIdOf(request));
    else record(report, result);
  }
}

function note(report: SweepReport, payOrderId: string, result: SendResult): void {
  if (result.kind === 'busy') report.busy.push(payOrderId);
  if (result.kind !== 'sent') return;
  const { mirror } = result;
  record(report, {
    tradeId: mirror.tradeId,
    payOrderId,
    op: result.op,
    attempt: result.attempt,
    outcome: result.outcome,
    converged: mirror.owed === null,
    state: mirror.state,
  });
}

function record(report: SweepReport, item: SweepItem): void {
  report.attemptedCount += 1;
  if (report.attempted.length < listed) report.attempted.push(item);
  if (!item.converged) return;
  report.convergedCount += 1;
  if (report.converged.length < listed) report.converged.push(item.tradeId);
}
