import { inTransaction } from '@/db/prepared';
import type { ConfirmRequest, PayAnswer, PayResult } from './contract';
import { answerRepeat, recordFence, refuse, simulatedRefusal } from './fence';
import { chargedEvent } from './pay-events';
import { providerMove } from './provider-move';
import { consumeFrozen, findPayOrder, recordPayEvent, reject, savePayOrder, type PayContext } from './pay-context';

/** TCC confirm: consume the reservation; from here on it cannot be rolled back. */
export function confirmPayment(ctx: PayContext, req: ConfirmRequest): PayResult {
  const at = ctx.now();
  return inTransaction(ctx.db, (): PayResult => {
    const { db } = ctx;
    const fenced = ctx.fenceOn();
    if (fenced) {
      const repeat = answerRepeat(db, at, req.payOrderId, 'confirm');
      if (repeat) return repeat;
    }
    const order = findPayOrder(db, req.payOrderId);
    if (req.simulate === 'reject') return refuse(db, at, fenced, 'confirm', req.payOrderId, order?.tradeId ?? null, simulatedRefusal);
    // Without the fence a repeated confirm charges again: that is the anomaly it shows.
    const move = providerMove(order?.state, 'confirm', fenced);
    if (!order || !move.ok)
      return reject('not_reserved', `pay order ${req.payOrderId} has no reservation to confirm${move.ok ? '' : `: ${move.reason}`}`);
    consumeFrozen(db, order.accountId, order.amountCents);
    savePayOrder(db, order.id, { state: move.to, updatedAt: at });
    const answer: PayAnswer = { op: 'confirm', payOrder: findPayOrder(db, order.id) ?? null, replay: false };
    if (fenced) recordFence(db, order.id, 'confirm', 'done', answer, at);
    recordPayEvent(db, at, order.id, order.tradeId, chargedEvent(order.amountCents, fenced));
    return { ok: true, answer };
  });
}
