import { inTransaction } from '@/db/prepared';
import type { PayDb } from '@/db/pay/client';
import { formatCents } from '@/lib/money/money';
import type { PayAnswer, PayRejection, PayResult, TryRequest } from './contract';
import { answerRepeat, fenceRow, recordFence, refuse, simulatedRefusal } from './fence';
import {
  findAccount,
  findPayOrder,
  insertPayOrder,
  moveToFrozen,
  recordPayEvent,
  reject,
  savePayOrder,
  type PayContext,
} from './pay-context';
import { hangingTryRefusedEvent, reservedEvent } from './pay-events';
import { providerMove } from './provider-move';
import { buyerAccountId } from './accounts';

/**
 * TCC try: reserve the amount (balance → frozen) so that a later confirm cannot fail for lack
 * of it. With the fence: a repeat returns the first answer and reserves nothing more, and a try
 * arriving after its cancel is refused (anti-hanging). Without it, both happen anyway.
 */
export function tryPayment(ctx: PayContext, req: TryRequest): PayResult {
  const at = ctx.now();
  return inTransaction(ctx.db, (): PayResult => {
    const { db } = ctx;
    const fenced = ctx.fenceOn();
    if (fenced) {
      const repeat = answerRepeat(db, at, req.payOrderId, 'try', req.tradeId);
      if (repeat) return repeat;
      if (fenceRow(db, req.payOrderId, 'cancel')) {
        recordPayEvent(db, at, req.payOrderId, req.tradeId, hangingTryRefusedEvent());
        return reject('try_after_cancel', `pay order ${req.payOrderId} was already cancelled; a late try must not reserve`);
      }
    }
    const refuseTry = (rejection: PayRejection) => refuse(db, at, fenced, 'try', req.payOrderId, req.tradeId, rejection);
    if (req.simulate === 'reject') return refuseTry(simulatedRefusal);
    const reserved = reserve(db, at, req, fenced, refuseTry);
    if (fenced && reserved.ok) recordFence(db, req.payOrderId, 'try', 'done', reserved.answer, at);
    return reserved;
  });
}

/**
 * A try's business effect, behind whichever fence the caller keeps: the pay order is made and
 * its amount reserved. `fenced` says whether that fence is on: without it the same pay order is
 * reserved again. A shortage is a business refusal, answered through `refuseShortage`.
 */
export function reserve(
  db: PayDb,
  at: number,
  req: Omit<TryRequest, 'simulate'>,
  fenced: boolean,
  refuseShortage: (rejection: PayRejection) => PayResult,
): PayResult {
  const accountId = req.accountId ?? buyerAccountId;
  const existing = findPayOrder(db, req.payOrderId);
  const move = providerMove(existing?.state, 'try', fenced);
  if (!move.ok) return reject('already_tried', `pay order ${req.payOrderId}: ${move.reason}`);
  const owner = findAccount(db, accountId);
  if (!owner) return reject('unknown_account', `no account ${accountId}`);
  if (owner.balanceCents < req.amountCents) {
    const message = `balance ${formatCents(owner.balanceCents)} is below ${formatCents(req.amountCents)}`;
    return refuseShortage({ code: 'insufficient_funds', message });
  }
  moveToFrozen(db, accountId, req.amountCents);
  if (existing) {
    // Only reachable without the fence: the same pay order reserved again.
    savePayOrder(db, req.payOrderId, { state: move.to, reservations: existing.reservations + 1, updatedAt: at });
  } else {
    insertPayOrder(db, {
      id: req.payOrderId,
      tradeId: req.tradeId,
      accountId,
      amountCents: req.amountCents,
      state: move.to,
      createdAt: at,
      updatedAt: at,
    });
  }
  const answer: PayAnswer = { op: 'try', payOrder: findPayOrder(db, req.payOrderId) ?? null, replay: false };
  recordPayEvent(db, at, req.payOrderId, req.tradeId, reservedEvent(req.amountCents, fenced));
  return { ok: true, answer };
}
