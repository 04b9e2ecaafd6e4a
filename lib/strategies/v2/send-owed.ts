import type { FaultId } from '@/lib/faults/catalog';
import type { Operation } from '@/lib/pay-order/pay-order.machine';
import type { PayRequest, RpcOutcome } from '@/lib/pay/contract';
import type { Busy } from '@/lib/trade/in-flight';
import type { SweepItem } from '../strategy';
import { applyToMirror } from './mirror';
import type { TradeContext } from '@/lib/trade/trade-context';
import { commit } from '@/lib/trade/commit';
import { followPayment } from './follow-payment';
import { findMirror, updateMirror } from '@/lib/trade/mirror-store';
import { findTrade } from '@/lib/trade/trade-rows';
import { insertEvent } from '@/lib/trade/event-log';
import { type MirrorRow } from '@/lib/trade/rows';
import { faultEvent, ignoredResultEvent, rpcEvent, type AnswerEvent, type TradeEvent } from '@/lib/trade/trade-events';

export type SendResult = { kind: 'nothing-owed' } | Busy | { kind: 'sent'; item: SweepItem; recorded: boolean; mirror: MirrorRow };

/**
 * Sends what the mirror says is owed — with the pay order id as the idempotency key, so a
 * repeat can never reserve twice — and records the result. Used by every flow and by
 * recovery alike: a retry is the same call again.
 */
export async function sendOwed(ctx: TradeContext, payOrderId: string, forced: readonly FaultId[] = []): Promise<SendResult> {
  const sent = await ctx.inFlight.exclusive(payOrderId, () => sendClaimed(ctx, payOrderId, forced));
  return sent;
}

/** The same, for a caller that already holds the pay order's in-flight claim. */
export async function sendClaimed(ctx: TradeContext, payOrderId: string, forced: readonly FaultId[]): Promise<SendResult> {
  const before = findMirror(ctx.db, payOrderId);
  if (!before?.owed) return { kind: 'nothing-owed' };
  return send(ctx, before, before.owed, forced);
}

async function send(ctx: TradeContext, before: MirrorRow, op: Operation, forced: readonly FaultId[]): Promise<SendResult> {
  const payOrderId = before.id;
  const attempt = before.attempts + 1;
  const call = await ctx.rpc.call(requestFor(ctx, op, before), forced, { attempt, tradeId: before.tradeId });
  const attemptEvent = { tradeId: before.tradeId, ...rpcEvent({ payOrderId, op, attempt }, call) };

  if (await ctx.steps.fires('local.fail_after_rpc', { op, payOrderId, tradeId: before.tradeId }, forced)) {
    // Case 4: the transaction that would record the result aborts; the mirror still owes the call.
    // The attempt itself is the lab's observation, kept so the trade's story stays complete.
    await commit(ctx, (db) => {
      updateMirror(db, payOrderId, { attempts: attempt });
      insertEvent(db, { at: ctx.clock.now(), ...attemptEvent });
      insertEvent(db, {
        at: ctx.clock.now(),
        tradeId: before.tradeId,
        ...faultEvent('local.fail_after_rpc', op, 'recording the result', payOrderId),
      });
    });
    return sent(op, attempt, call.outcome, false, findMirror(ctx.db, payOrderId) ?? before);
  }

  const recorded = await recordResult(ctx, payOrderId, op, attempt, call.outcome, attemptEvent);
  return sent(op, attempt, call.outcome, recorded, findMirror(ctx.db, payOrderId) ?? before);
}

/** A send, as a sweep reports it: the pay order converged when its mirror owes nothing any more. */
function sent(op: Operation, attempt: number, outcome: RpcOutcome, recorded: boolean, mirror: MirrorRow): SendResult {
  const item = {
    tradeId: mirror.tradeId,
    payOrderId: mirror.id,
    op,
    attempt,
    outcome: outcome.kind,
    converged: mirror.owed === null,
    state: mirror.state,
  };
  return { kind: 'sent', item, recorded, mirror };
}

/** The attempt, its result and the new schedule, in one commit. */
async function recordResult(
  ctx: TradeContext,
  payOrderId: string,
  op: Operation,
  attempt: number,
  outcome: RpcOutcome,
  attemptEvent: { tradeId: string } & TradeEvent,
): Promise<boolean> {
  const at = ctx.clock.now();
  return commit(ctx, (db) => {
    insertEvent(db, { at, ...attemptEvent });
    const mirror = findMirror(db, payOrderId);
    if (!mirror) return false;
    const decision = applyToMirror(db, mirror, { event: answerEvent(op, outcome), attempt }, at, {
      attempts: attempt,
      ...scheduleAfter(ctx, attempt, outcome, at),
    });
    if (decision.accepted) {
      followPayment(db, mirror, decision.next.state, at);
      return true;
    }
    // Someone else settled or re-planned this pay order meanwhile: the late result changes nothing.
    updateMirror(db, payOrderId, { attempts: attempt });
    insertEvent(db, { at, tradeId: mirror.tradeId, ...ignoredResultEvent(payOrderId, op, outcome.kind) });
    return false;
  });
}

/** An unknown outcome schedules the next retry (or parks the order after the last one); a definite one clears the schedule. */
function scheduleAfter(ctx: TradeContext, attempt: number, outcome: RpcOutcome, at: number): Partial<MirrorRow> {
  if (outcome.kind !== 'unknown') {
    return { nextRetryAt: null, lastError: outcome.kind === 'failure' ? `${outcome.code}: ${outcome.message}` : null };
  }
  const nextRetryAt = ctx.retry.nextRetryAt(attempt, at);
  return nextRetryAt === null ? { nextRetryAt, parked: true, lastError: outcome.reason } : { nextRetryAt, lastError: outcome.reason };
}

function answerEvent(op: Operation, outcome: RpcOutcome): AnswerEvent {
  if (outcome.kind === 'unknown') return 'call.unknown';
  if (op === 'cancel') {
    // The machine has no cancel.failed: a refused cancel leaves the owed cancel to retry.
    return outcome.kind === 'success' ? 'cancel.succeeded' : 'call.unknown';
  }
  return `${op}.${outcome.kind === 'success' ? 'succeeded' : 'failed'}`;
}

function requestFor(ctx: TradeContext, op: Operation, mirror: MirrorRow): PayRequest {
  switch (op) {
    case 'try':
      return { op, body: { payOrderId: mirror.id, tradeId: mirror.tradeId, amountCents: mirror.amountCents } };
    case 'confirm':
      return { op, body: { payOrderId: mirror.id } };
    case 'cancel': {
      // A V2 delete's cancel asks the provider to remove its pay order too, as the caller will purge.
      const deleting = findTrade(ctx.db, mirror.tradeId)?.status === 'deleting';
      return {
        op,
        body: { payOrderId: mirror.id, tradeId: mirror.tradeId, amountCents: mirror.amountCents, ...(deleting ? { deleting } : {}) },
      };
    }
  }
}
