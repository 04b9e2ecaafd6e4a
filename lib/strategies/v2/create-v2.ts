import type { FaultId } from '@/lib/faults/catalog';
import type { Scenario } from '@/lib/note/scenario-amounts';
import { commit } from '@/lib/trade/commit';
import type { CreateOutcome } from '../strategy';
import { initial } from '@/lib/pay-order/decide';
import { recordEvent } from '@/lib/trade/record-event';
import { sendAfterCommit } from './send-after-commit';
import type { TradeContext } from '@/lib/trade/trade-context';
import { insertEvent } from '@/lib/trade/event-log';
import { createdEvent, faultEvent } from '@/lib/trade/trade-events';
import { insertMirror } from '@/lib/trade/mirror-store';
import { insertTrade } from '@/lib/trade/trade-rows';
import { payOrderIdFor, tradeIdOf } from '@/lib/trade/ids';
import { recordAnswer } from '@/lib/trade/request-log';
import { type RequestRow } from '@/lib/trade/rows';

type IntentV2 = { committed: true; payOrderId: string } | { committed: false };

/**
 * V2's create, inside the transaction that logs the request: the intent commits with it — unless
 * a person holds each local step, who then decides the intent's commit after the request is
 * logged. The rest of the flow calls and records the result.
 */
export function createV2(ctx: TradeContext, request: RequestRow, scenario: Scenario): () => Promise<CreateOutcome> {
  const tradeId = tradeIdOf(request);
  const at = { op: 'try' as const, payOrderId: payOrderIdFor(tradeId), tradeId };
  if (ctx.steps.held())
    return async () => {
      const fails = await ctx.steps.fires('local.fail_before_rpc', at, scenario.forced);
      return continueTradeV2(ctx, tradeId, await commit(ctx, () => commitIntentV2(ctx, request, fails)), scenario.forced);
    };
  const intent = commitIntentV2(ctx, request, ctx.steps.now('local.fail_before_rpc', at, scenario.forced));
  return () => continueTradeV2(ctx, tradeId, intent, scenario.forced);
}

/**
 * V2 — the RPC outside the local transaction, step 1: commit the intent (trade + mirror
 * `init`, owing the try). It runs inside the transaction that logs the request, so both land
 * in one commit (or, when a person holds each local step, in the commit after it); the API's
 * answer is already known here — the trade exists from now on. Create, case 2: the local
 * transaction fails, the intent never commits, so the RPC is never made.
 */
function commitIntentV2(ctx: TradeContext, request: RequestRow, fails: boolean): IntentV2 {
  if (fails) return { committed: false };
  const tradeId = tradeIdOf(request);
  const payOrderId = payOrderIdFor(tradeId);
  const at = ctx.clock.now();
  const { amountCents } = request;
  const start = initial();
  insertTrade(ctx.db, { id: tradeId, amountCents, strategy: 'v2', status: 'created', createdAt: at, updatedAt: at });
  insertMirror(ctx.db, { id: payOrderId, tradeId, amountCents, state: start.state, owed: start.owed, updatedAt: at });
  insertEvent(ctx.db, { at, tradeId, ...createdEvent(payOrderId, start, 'v2', amountCents) });
  recordAnswer(ctx.db, tradeId, 'created');
  return { committed: true, payOrderId };
}

/** Steps 2 and 3: call, then record the definite result (or `unknown`) in a second transaction. */
async function continueTradeV2(ctx: TradeContext, tradeId: string, intent: IntentV2, forced: readonly FaultId[]): Promise<CreateOutcome> {
  if (!intent.committed) {
    await recordEvent(ctx, tradeId, faultEvent('local.fail_before_rpc', 'try', 'committing the intent'));
    return {
      kind: 'not-created',
      code: 'local_tx_failed',
      message: 'the local transaction failed before the RPC: no trade, no payment',
      answered: false,
    };
  }
  // The create's answer (created) committed with the intent.
  const sent = await sendAfterCommit(ctx, { op: 'try', payOrderId: intent.payOrderId, tradeId }, forced);
  if (sent.kind === 'crashed')
    return { kind: 'created', note: 'the flow crashed after the local commit; recovery will send the try', answered: true };
  return { kind: 'created', note: sent.kind === 'sent' ? undefined : `try not sent: ${sent.kind}`, answered: true };
}
