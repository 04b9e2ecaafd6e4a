import { eq } from 'drizzle-orm';
import { providerPayOrder } from '@/db/pay/schema';
import type { PayAnswer, PayOrderRef } from '@/lib/rpc/pay-contract';
import { recordFence, replayed } from './fence';
import { consumeFrozen, findPayOrder, recordPayEvent, reject, type PayContext, type PayResult } from './pay-context';

/** TCC confirm: consume the reservation; from here on it cannot be rolled back. */
export function confirmPayment(ctx: PayContext, req: PayOrderRef): PayResult {
  const at = ctx.now();
  return ctx.db.transaction((tx): PayResult => {
    const fenced = ctx.fenceOn();
    if (fenced) {
      const first = replayed(tx, req.payOrderId, 'confirm');
      if (first) {
        recordPayEvent(tx, at, req.payOrderId, first.payOrder?.tradeId ?? null, 'confirm.replayed', { fence: 'idempotency' });
        return { ok: true, answer: first };
      }
    }
    const order = findPayOrder(tx, req.payOrderId);
    if (!order) return reject('not_reserved', `pay order ${req.payOrderId} has no reservation to confirm`);
    // Without the fence a repeated confirm charges again: that is the anomaly it shows.
    const chargeable = order.state === 'trySuccess' || (!fenced && order.state === 'confirmed');
    if (!chargeable) return reject('not_reserved', `pay order ${req.payOrderId} is ${order.state}; only a reservation can be confirmed`);
    consumeFrozen(tx, order.accountId, order.amountCents);
    tx.update(providerPayOrder).set({ state: 'confirmed', updatedAt: at }).where(eq(providerPayOrder.id, order.id)).run();
    const answer: PayAnswer = { op: 'confirm', payOrder: findPayOrder(tx, order.id) ?? null, replay: false };
    if (fenced) recordFence(tx, order.id, 'confirm', 'done', answer, at);
    recordPayEvent(tx, at, order.id, order.tradeId, 'confirm.charged', { amountCents: order.amountCents, fence: fenced });
    return { ok: true, answer };
  });
}
