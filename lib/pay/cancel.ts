import { eq } from 'drizzle-orm';
import { providerPayOrder } from '@/db/pay/schema';
import type { CancelRequest, PayAnswer } from '@/lib/rpc/pay-contract';
import { buyerAccountId } from './seed';
import { fenceRow, recordFence, replayed } from './fence';
import { findPayOrder, moveToFrozen, recordPayEvent, reject, type PayContext, type PayResult } from './pay-context';

/**
 * TCC cancel: release the reservation (frozen → balance). With the fence, a cancel that finds
 * no try is an empty rollback: recorded (so a late try is refused) and releasing nothing.
 * Without it, the provider releases what the caller names, reserved or not.
 */
export function cancelPayment(ctx: PayContext, req: CancelRequest): PayResult {
  const at = ctx.now();
  return ctx.db.transaction((tx): PayResult => {
    const fenced = ctx.fenceOn();
    if (fenced) {
      const first = replayed(tx, req.payOrderId, 'cancel');
      if (first) {
        recordPayEvent(tx, at, req.payOrderId, req.tradeId ?? null, 'cancel.replayed', { fence: 'idempotency' });
        return { ok: true, answer: first };
      }
      if (!fenceRow(tx, req.payOrderId, 'try')) {
        const answer: PayAnswer = { op: 'cancel', payOrder: null, replay: false, emptyRollback: true };
        recordFence(tx, req.payOrderId, 'cancel', 'empty', answer, at);
        recordPayEvent(tx, at, req.payOrderId, req.tradeId ?? null, 'cancel.empty', { fence: 'empty rollback' });
        return { ok: true, answer };
      }
    }
    const order = findPayOrder(tx, req.payOrderId);
    if (order?.state === 'confirmed') {
      return reject('already_confirmed', `pay order ${req.payOrderId} is confirmed and can no longer be cancelled`);
    }
    const releaseCents = order ? order.amountCents : (req.amountCents ?? 0);
    if (order?.state === 'trySuccess' || !fenced) {
      // Fence off: a cancelled or never-tried order is "released" again — money from nowhere.
      moveToFrozen(tx, order?.accountId ?? buyerAccountId, -releaseCents);
    }
    if (order) {
      tx.update(providerPayOrder).set({ state: 'cancelled', updatedAt: at }).where(eq(providerPayOrder.id, order.id)).run();
    }
    const answer: PayAnswer = { op: 'cancel', payOrder: findPayOrder(tx, req.payOrderId) ?? null, replay: false };
    if (fenced) recordFence(tx, req.payOrderId, 'cancel', 'done', answer, at);
    recordPayEvent(tx, at, req.payOrderId, order?.tradeId ?? req.tradeId ?? null, 'cancel.released', { amountCents: releaseCents, fence: fenced });
    return { ok: true, answer };
  });
}
