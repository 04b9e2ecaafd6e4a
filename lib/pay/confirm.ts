import { inTransaction } from '@/db/prepared';
import type { PayDb } from '@/db/pay/client';
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
    if (req.simulate === 'reject') {
      const tradeId = findPayOrder(db, req.payOrderId)?.tradeId ?? null;
      return refuse(db, at, fenced, 'confirm', req.payOrderId, tradeId, simulatedRefusal);
    }
    const charged = charge(db, at, req.payOrderId, fenced);
    if (fenced && charged.ok) recordFence(db, req.payOrderId, 'confirm', 'done', charged.answer, at);
    return charged;
  });
}

/**
 * A confirm's business effect, behind whichever fence the caller keeps: the reservation is
 * consumed. Without a fence a repeated confirm charges again: that is the anomaly it shows.
 */
export function charge(db: PayDb, at: number, payOrderId: string, fenced: boolean): PayResult {
  const order = findPayOrder(db, payOrderId);
  const move = providerMove(order?.state, 'confirm', fenced);
  if (!order || !move.ok)
    return reject('not_reserved', `pay order ${payOrderId} has no reservation to confirm${move.ok ? '' : `: ${move.reason}`}`);
  consumeFrozen(db, order.accountId, order.amountCents);
  // A confirmed order is no global transaction's to hold any more (V3's confirm consumes under its hold).
  savePayOrder(db, order.id, { state: move.to, heldBy: null, updatedAt: at });
  const answer: PayAnswer = { op: 'confirm', payOrder: findPayOrder(db, order.id) ?? null, replay: false };
  recordPayEvent(db, at, order.id, order.tradeId, chargedEvent(order.amountCents, fenced));
  return { ok: true, answer };
}
