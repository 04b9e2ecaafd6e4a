import type { FaultId } from '@/lib/faults/catalog';
import { initial } from '@/lib/pay-order/decide';
import type { FlowOutcome } from './flow-outcome';
import { recordEvent } from './record-event';
import { sendAfterCommit } from './send-after-commit';
import type { TradeContext } from './trade-context';
import { insertEvent, insertMirror, insertTrade, payOrderIdFor, recordAnswer, tradeIdOf, type RequestRow } from './trade-store';

export type IntentV2 = { committed: true; payOrderId: string } | { committed: false };

/**
 * V2 — the RPC outside the local transaction, step 1: commit the intent (trade + mirror
 * `init`, owing the try). It runs inside the transaction that logs the request, so both land
 * in one commit (or, when a person holds each local step, in the commit after it); the API's
 * answer is already known here — the trade exists from now on. Create, case 2: the local
 * transaction fails, the intent never commits, so the RPC is never made.
 */
export function commitIntentV2(ctx: TradeContext, request: RequestRow, fails: boolean): IntentV2 {
  if (fails) return { committed: false };
  const tradeId = tradeIdOf(request);
  const payOrderId = payOrderIdFor(tradeId);
  const at = ctx.clock.now();
  const { amountCents } = request;
  const start = initial();
  insertTrade(ctx.db, { id: tradeId, amountCents, strategy: 'v2', status: 'created', createdAt: at, updatedAt: at });
  insertMirror(ctx.db, { id: payOrderId, tradeId, amountCents, state: start.state, owed: start.owed, updatedAt: at });
  insertEvent(ctx.db, {
    at,
    tradeId,
    type: 'transition',
    detail: { payOrderId, event: 'trade.created', from: null, to: start.state, owed: start.owed, strategy: 'v2', amountCents },
  });
  recordAnswer(ctx.db, tradeId, 201);
  return { committed: true, payOrderId };
}

/** Steps 2 and 3: call, then record the definite result (or `unknown`) in a second transaction. */
export async function continueTradeV2(
  ctx: TradeContext,
  tradeId: string,
  intent: IntentV2,
  forced: readonly FaultId[],
): Promise<FlowOutcome> {
  if (!intent.committed) {
    await recordEvent(ctx, tradeId, 'fault', { fault: 'local.fail_before_rpc', op: 'try', stage: 'committing the intent' });
    return { kind: 'not-created', code: 'local_tx_failed', message: 'the local transaction failed before the RPC: no trade, no payment' };
  }
  const sent = await sendAfterCommit(ctx, { op: 'try', payOrderId: intent.payOrderId, tradeId }, forced);
  if (sent.kind === 'crashed') return { kind: 'created', note: 'the flow crashed after the local commit; recovery will send the try' };
  return { kind: 'created', note: sent.kind === 'sent' ? undefined : `try not sent: ${sent.kind}` };
}
