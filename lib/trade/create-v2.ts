import { inTransaction } from '@/db/prepared';
import type { FaultId } from '@/lib/faults/catalog';
import { initial } from '@/lib/pay-order/decide';
import { recordEvent } from './record-event';
import { sendOwed } from './send-owed';
import type { TradeContext } from './trade-context';
import { insertEvent, insertMirror, insertTrade, payOrderIdFor } from './trade-store';
import type { FlowOutcome } from './flow-outcome';

/**
 * V2 — the RPC outside the local transaction: commit the intent (trade + mirror `init`),
 * then call, then record the definite result (or `unknown`) in a second transaction.
 * A failure before the commit leaves nothing anywhere; after it, the mirror says what is owed.
 */
export async function createTradeV2(ctx: TradeContext, tradeId: string, amountCents: number, forced: readonly FaultId[]): Promise<FlowOutcome> {
  if (ctx.faults.fires('local.fail_before_rpc', 'try', forced)) {
    // Create, case 2: the intent never commits, so the RPC is never made.
    await recordEvent(ctx, tradeId, 'fault', { fault: 'local.fail_before_rpc', op: 'try', stage: 'committing the intent' });
    return { kind: 'not-created', code: 'local_tx_failed', message: 'the local transaction failed before the RPC: no trade, no payment' };
  }

  const at = ctx.now();
  const payOrderId = payOrderIdFor(tradeId);
  const start = initial();
  await ctx.gate.write(() =>
    inTransaction(ctx.db, () => {
      insertTrade(ctx.db, { id: tradeId, amountCents, strategy: 'v2', status: 'created', createdAt: at, updatedAt: at });
      insertMirror(ctx.db, { id: payOrderId, tradeId, amountCents, state: start.state, owed: start.owed, updatedAt: at });
      insertEvent(ctx.db, { at, tradeId, type: 'transition', detail: { payOrderId, event: 'trade.created', from: null, to: start.state, owed: start.owed, strategy: 'v2', amountCents } });
    }),
  );
  ctx.notify();

  if (ctx.faults.fires('local.crash_after_commit', 'try', forced)) {
    await recordEvent(ctx, tradeId, 'fault', { fault: 'local.crash_after_commit', op: 'try', payOrderId, stage: 'after the intent commit' });
    return { kind: 'created', note: 'the flow crashed after the local commit; recovery will send the try' };
  }

  const sent = await sendOwed(ctx, payOrderId, forced);
  return { kind: 'created', note: sent.kind === 'sent' ? undefined : `try not sent: ${sent.kind}` };
}
