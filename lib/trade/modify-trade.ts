import { fail, ok, type Result } from '@/lib/errors/lab-error';
import { decide } from '@/lib/pay-order/decide';
import type { PayOrderEventType } from '@/lib/pay-order/pay-order.machine';
import { commit } from './commit';
import { applyToMirror } from './mirror';
import { callFor, v1OperationFor, type ModifyOperation } from './operations';
import { recordEvent } from './record-event';
import { sendAfterCommit } from './send-after-commit';
import { purge } from './follow-payment';
import type { TradeContext } from './trade-context';
import { findMirrorByTrade, findTrade, updateRequest, updateTrade, type TradeRow } from './trade-store';
import { runV1 } from './v1/v1-flows';

const requested: Record<ModifyOperation, PayOrderEventType> = {
  confirm: 'confirm.requested',
  cancel: 'cancel.requested',
  delete: 'cancel.requested',
};

const done: Record<ModifyOperation, string> = { confirm: 'confirmed', cancel: 'cancelled', delete: 'deleted' };

/**
 * Confirm, cancel or delete a trade's payment with the trade's own strategy. V1 runs the RPC
 * inside its transaction (its cancel is a delete: V1 has nowhere to keep a cancelled payment);
 * V2 commits the intent on the mirror, then calls, then records the result.
 */
export async function modifyTrade(ctx: TradeContext, tradeId: string, op: ModifyOperation): Promise<Result<{ tradeId: string }>> {
  const trade = findTrade(ctx.db, tradeId);
  if (!trade) return fail('not_found', `no trade ${tradeId}`);
  if (trade.status !== 'created')
    return fail('illegal_transition', `trade ${tradeId} is ${trade.status}; only a created trade can be ${done[op]}`);
  if (op === 'delete' && trade.createdAt + ctx.settings().tradeExpiryMs > ctx.clock.now()) {
    return fail('not_expired', `trade ${tradeId} has not expired yet; only an expired, unconfirmed trade may be deleted`);
  }
  if (trade.strategy === 'v1') {
    await runV1(ctx, { tradeId: trade.id, amountCents: trade.amountCents }, v1OperationFor(op));
    return ok({ tradeId });
  }
  return modifyV2(ctx, trade, op);
}

async function modifyV2(ctx: TradeContext, trade: TradeRow, op: ModifyOperation): Promise<Result<{ tradeId: string }>> {
  const mirror = findMirrorByTrade(ctx.db, trade.id);
  if (!mirror) return fail('illegal_transition', `trade ${trade.id} has no pay order`);
  // Deleting a trade whose payment is already cancelled owes the provider nothing: purge at once.
  const purgeOnly = op === 'delete' && mirror.state === 'cancelled';
  const check = decide(mirror, { type: requested[op] });
  if (!check.accepted && !purgeOnly) return fail('illegal_transition', check.reason);

  const wireOp = callFor[op];
  if (!purgeOnly && (await ctx.steps.fires('local.fail_before_rpc', { op: wireOp, payOrderId: mirror.id, tradeId: trade.id }))) {
    // Case 2: the intent never commits; the provider is never called.
    await recordEvent(ctx, trade.id, 'fault', { fault: 'local.fail_before_rpc', op: wireOp, stage: 'committing the intent' });
    return fail('local_tx_failed', `the local transaction failed before the RPC: trade ${trade.id} is unchanged`, { tradeId: trade.id });
  }

  const at = ctx.clock.now();
  const committed = await commit(ctx, (db) => {
    const current = findMirrorByTrade(db, trade.id);
    if (!current || findTrade(db, trade.id)?.status !== 'created') return false;
    updateRequest(db, trade.id, { lastOp: op });
    if (op === 'delete') updateTrade(db, trade.id, { status: 'deleting', updatedAt: at });
    if (purgeOnly) {
      purge(db, trade.id, current.id, at);
      return true;
    }
    const set = { attempts: 0, nextRetryAt: null, lastError: null, parked: false };
    return applyToMirror(db, current, { type: requested[op] }, at, { set, detail: { op } }).accepted;
  });
  if (!committed) return fail('illegal_transition', `trade ${trade.id} changed meanwhile; try again`);
  if (purgeOnly) return ok({ tradeId: trade.id });

  await sendAfterCommit(ctx, { op: wireOp, payOrderId: mirror.id, tradeId: trade.id });
  return ok({ tradeId: trade.id });
}
