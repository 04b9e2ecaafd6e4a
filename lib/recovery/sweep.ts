import { recordEvent } from '@/lib/trade/record-event';
import { sendOwed, type SendResult } from '@/lib/trade/send-owed';
import type { TradeContext } from '@/lib/trade/trade-context';
import { owedMirrors, owedRedrives, payOrderIdFor, tradeIdOf } from '@/lib/trade/trade-store';
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
  attempted: SweepItem[];
  converged: string[];
  /** Due orders left alone because a call for them was already on the wire. */
  busy: string[];
}

const batchSize = 500;
const parallelCalls = 16;

/**
 * One recovery sweep: re-send every owed operation that is due (all of them when forced),
 * each with its pay order's idempotency key, and record what came back. It works from the
 * database alone, so it continues a flow after a restart exactly as before it.
 */
export async function runRecoverySweep(ctx: TradeContext, options: { force?: boolean } = {}): Promise<SweepReport> {
  const due = owedMirrors(ctx.db, ctx.now(), options.force ?? false, batchSize);
  const report: SweepReport = { attempted: [], converged: [], busy: [] };
  let next = 0;
  const worker = async () => {
    while (next < due.length) {
      const mirror = due[next++]!;
      note(report, mirror.tradeId, mirror.id, await sendOwed(ctx, mirror.id));
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallelCalls, due.length) }, worker));
  await redriveDueV1(ctx, options.force ?? false, report);
  if (report.attempted.length) {
    await recordEvent(ctx, null, 'recovery', { kind: 'sweep', attempted: report.attempted.length, converged: report.converged.length, force: options.force ?? false });
  }
  return report;
}

/** V1 operations run one at a time anyway (each holds trade.db's write lock), so in order. */
async function redriveDueV1(ctx: TradeContext, force: boolean, report: SweepReport): Promise<void> {
  for (const request of owedRedrives(ctx.db, ctx.now(), force, batchSize)) {
    const key = payOrderIdFor(tradeIdOf(request));
    if (ctx.inFlight.has(key)) {
      report.busy.push(tradeIdOf(request));
      continue;
    }
    ctx.inFlight.add(key);
    try {
      const item = await redriveV1(ctx, request);
      report.attempted.push(item);
      if (item.converged) report.converged.push(item.tradeId);
    } finally {
      ctx.inFlight.delete(key);
    }
  }
}

function note(report: SweepReport, tradeId: string, payOrderId: string, result: SendResult): void {
  if (result.kind === 'busy') report.busy.push(tradeId);
  if (result.kind !== 'sent') return;
  const converged = result.mirror.owed === null;
  report.attempted.push({ tradeId, payOrderId, op: result.op, attempt: result.attempt, outcome: result.outcome, converged, state: result.mirror.state });
  if (converged) report.converged.push(tradeId);
}
