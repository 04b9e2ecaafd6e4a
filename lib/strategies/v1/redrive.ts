import type { RpcOutcome } from '@/lib/pay/contract';
import { commit } from '@/lib/trade/commit';
import type { TableOperation } from '@/lib/trade/operations';
import type { Busy } from '@/lib/trade/in-flight';
import type { TradeContext } from '@/lib/trade/trade-context';
import { findTrade } from '@/lib/trade/trade-rows';
import { insertEvent } from '@/lib/trade/event-log';
import { notRepairableEvent, rpcEvent } from '@/lib/trade/trade-events';
import { payOrderIdFor, tradeIdOf } from '@/lib/trade/ids';
import { updateRequest } from '@/lib/trade/request-log';
import { type RequestRow } from '@/lib/trade/rows';
import type { V1Result } from './rpc-in-transaction';
import { v1Attempts } from './v1-attempts';
import { v1OperationFor } from './v1.card';
import { runV1 } from './v1-flows';

/** One V1 re-drive: what it repeated, what came back, and whether the trade now stands consistent. */
export interface Redrive {
  tradeId: string;
  payOrderId: string;
  op: TableOperation;
  attempt: number;
  outcome: RpcOutcome['kind'];
  /** A definite success V1's transaction kept: nothing is owed any more. */
  converged: boolean;
  /** The trade row's status afterwards, or `absent`. */
  state: string;
}

/** `busy` when a call for the trade's pay order is already on the wire (a flow, a sweep, "Retry now"). */
export type RedriveResult = { kind: 'sent'; item: Redrive } | Busy;

/**
 * V1's retry: V1 keeps nothing owed, so the lab re-drives the trade's last operation from the
 * local row — when the row still calls for it. Otherwise the case is not repairable by retry
 * (create case 4, modify case 3, delete case 3) and only reconciliation can clean up.
 */
export function redriveV1(ctx: TradeContext, request: RequestRow): Promise<RedriveResult> {
  return ctx.inFlight.exclusive(payOrderIdFor(tradeIdOf(request)), () => redrive(ctx, request));
}

async function redrive(ctx: TradeContext, request: RequestRow): Promise<{ kind: 'sent'; item: Redrive }> {
  const tradeId = tradeIdOf(request);
  const trade = findTrade(ctx.db, tradeId);
  const op = v1OperationFor(request.lastOp);
  const stillCalledFor = trade !== undefined && (op !== 'confirm' || trade.status !== 'confirmed');
  const attempt = request.redriveAttempts + 1;
  const result = (outcome: Redrive['outcome'], converged: boolean) => ({
    kind: 'sent' as const,
    item: {
      tradeId,
      payOrderId: payOrderIdFor(tradeId),
      op,
      attempt,
      outcome,
      converged,
      state: findTrade(ctx.db, tradeId)?.status ?? 'absent',
    },
  });

  if (!stillCalledFor) {
    await commit(ctx, (db) => {
      updateRequest(db, tradeId, { redrive: 'done', nextRedriveAt: null });
      insertEvent(db, {
        at: ctx.clock.now(),
        tradeId,
        ...notRepairableEvent('v1', op, trade ? 'the local row already moved on' : 'no local row to retry from'),
      });
    });
    return result('unknown', false);
  }

  // A refusal is definite either way (a re-sent try refused for good leaves V1 a trade with no
  // payment and nothing more to try); a success counts only if V1's transaction kept it.
  const definiteOf = (result: V1Result) => {
    const kind = outcomeOf(result);
    return kind === 'failure' || (result.committed && kind === 'success');
  };
  const bookkeeping = (result: V1Result): Partial<RequestRow> => {
    const nextRedriveAt = definiteOf(result) ? null : ctx.retry.nextRetryAt(attempt, ctx.clock.now());
    return { redrive: nextRedriveAt === null ? 'done' : 'owed', redriveAttempts: attempt, nextRedriveAt };
  };
  // Create re-sends the try from the committed row; confirm and delete repeat the whole V1 operation.
  const ran =
    op === 'create'
      ? await resendTry(ctx, tradeId, request.amountCents, bookkeeping)
      : await runV1(ctx, { tradeId, amountCents: request.amountCents }, op, { redrive: bookkeeping });
  return result(outcomeOf(ran), definiteOf(ran) && outcomeOf(ran) === 'success');
}

const outcomeOf = (result: V1Result): RpcOutcome['kind'] => (result.committed ? result.outcome.kind : (result.outcome?.kind ?? 'unknown'));

/** A plain, idempotent re-send of the try: the local row is already there to retry from. */
async function resendTry(ctx: TradeContext, tradeId: string, amountCents: number, bookkeeping: (result: V1Result) => Partial<RequestRow>) {
  const payOrderId = payOrderIdFor(tradeId);
  const call = await ctx.rpc.call({ op: 'try', body: { payOrderId, tradeId, amountCents } }, [], { attempt: 'redrive', tradeId });
  const result: V1Result = { committed: true, outcome: call.outcome };
  await commit(ctx, (db) => {
    insertEvent(db, {
      at: ctx.clock.now(),
      tradeId,
      ...rpcEvent({ payOrderId, op: 'try', attempt: 'redrive' }, call, { ...v1Attempts, withoutLateDelivery: true }),
    });
    updateRequest(db, tradeId, bookkeeping(result));
  });
  return result;
}
