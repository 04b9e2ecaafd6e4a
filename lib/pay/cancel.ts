import { inTransaction } from '@/db/prepared';
import type { PayDb } from '@/db/pay/client';
import type { CancelRequest, PayAnswer, PayResult } from './contract';
import { buyerAccountId } from './accounts';
import { emptyRollbackEvent, releasedEvent } from './pay-events';
import { providerMove } from './provider-move';
import { answerRepeat, fenceRow, recordFence, refuse, simulatedRefusal } from './fence';
import { findPayOrder, moveToFrozen, recordPayEvent, reject, removePayOrder, savePayOrder, type PayContext } from './pay-context';

/**
 * TCC cancel: release the reservation (frozen → balance). With the fence, a cancel that finds
 * no try is an empty rollback: recorded (so a late try is refused) and releasing nothing.
 * Without it, the provider releases what the caller names, reserved or not. A cancel for a
 * trade being deleted removes the pay order as well: the provider deletes by cancelling.
 */
export function cancelPayment(ctx: PayContext, req: CancelRequest): PayResult {
  const at = ctx.now();
  return inTransaction(ctx.db, (): PayResult => {
    const { db } = ctx;
    const fenced = ctx.fenceOn();
    if (fenced) {
      const repeat = answerRepeat(db, at, req.payOrderId, 'cancel', req.tradeId);
      if (repeat) return repeat;
    }
    if (req.simulate === 'reject') return refuse(db, at, fenced, 'cancel', req.payOrderId, req.tradeId ?? null, simulatedRefusal);
    if (fenced) {
      // No try, or one refused for good: nothing was ever reserved to release.
      const tried = fenceRow(db, req.payOrderId, 'try');
      if (!tried || tried.outcome === 'rejected') {
        const answer: PayAnswer = { op: 'cancel', payOrder: null, replay: false, emptyRollback: true };
        recordFence(db, req.payOrderId, 'cancel', 'empty', answer, at);
        recordPayEvent(db, at, req.payOrderId, req.tradeId ?? null, emptyRollbackEvent());
        return { ok: true, answer };
      }
    }
    const released = release(db, at, req, fenced);
    if (fenced && released.ok) recordFence(db, req.payOrderId, 'cancel', 'done', released.answer, at);
    return released;
  });
}

/**
 * A cancel's business effect, behind whichever fence the caller keeps: the reservation is
 * released, and for a trade being deleted the pay order removed.
 */
export function release(db: PayDb, at: number, req: Omit<CancelRequest, 'simulate'>, fenced: boolean): PayResult {
  const order = findPayOrder(db, req.payOrderId);
  const move = providerMove(order?.state, 'cancel', fenced);
  if (!move.ok)
    return reject(
      `already_${order?.state === 'cancelled' ? 'cancelled' : 'confirmed'}`,
      `pay order ${req.payOrderId} can no longer be cancelled: ${move.reason}`,
    );
  // From a reservation the amount goes back; without the fence, a cancelled or never-tried
  // order counts as one, and what the caller names is "released" again: money from nowhere.
  const releaseCents = move.from === 'trySuccess' ? (order?.amountCents ?? req.amountCents ?? 0) : 0;
  if (releaseCents) moveToFrozen(db, order?.accountId ?? buyerAccountId, -releaseCents);
  const removed = req.deleting === true;
  if (order && removed) removePayOrder(db, order.id);
  else if (order) savePayOrder(db, order.id, { state: move.to, updatedAt: at });
  const answer: PayAnswer = {
    op: 'cancel',
    payOrder: findPayOrder(db, req.payOrderId) ?? null,
    replay: false,
    ...(removed ? { removed } : {}),
  };
  recordPayEvent(db, at, req.payOrderId, order?.tradeId ?? req.tradeId ?? null, releasedEvent(releaseCents, fenced, removed));
  return { ok: true, answer };
}
