import { eq } from 'drizzle-orm';
import { providerPayOrder } from '@/db/pay/schema';
import { formatCents } from '@/lib/money/money';
import type { PayAnswer, TryRequest } from '@/lib/rpc/pay-contract';
import { fenceRow, recordFence, replayed } from './fence';
import { findAccount, findPayOrder, moveToFrozen, recordPayEvent, reject, type PayContext, type PayResult } from './pay-context';
import { buyerAccountId } from './seed';

/**
 * TCC try: reserve the amount (balance → frozen) so that a later confirm cannot fail for lack
 * of it. With the fence: a repeat returns the first answer and reserves nothing more, and a try
 * arriving after its cancel is refused (anti-hanging). Without it, both happen anyway.
 */
export function tryPayment(ctx: PayContext, req: TryRequest): PayResult {
  const at = ctx.now();
  const accountId = req.accountId ?? buyerAccountId;
  return ctx.db.transaction((tx): PayResult => {
    const fenced = ctx.fenceOn();
    if (fenced) {
      const first = replayed(tx, req.payOrderId, 'try');
      if (first) {
        recordPayEvent(tx, at, req.payOrderId, req.tradeId, 'try.replayed', { fence: 'idempotency' });
        return { ok: true, answer: first };
      }
      if (fenceRow(tx, req.payOrderId, 'cancel')) {
        recordPayEvent(tx, at, req.payOrderId, req.tradeId, 'try.refused', { fence: 'anti-hanging' });
        return reject('try_after_cancel', `pay order ${req.payOrderId} was already cancelled; a late try must not reserve`);
      }
    }
    const owner = findAccount(tx, accountId);
    if (!owner) return reject('unknown_account', `no account ${accountId}`);
    if (owner.balanceCents < req.amountCents) {
      return reject('insufficient_funds', `balance ${formatCents(owner.balanceCents)} is below ${formatCents(req.amountCents)}`);
    }
    moveToFrozen(tx, accountId, req.amountCents);
    const existing = findPayOrder(tx, req.payOrderId);
    if (existing) {
      // Only reachable without the fence: the same pay order reserved again.
      tx.update(providerPayOrder)
        .set({ state: 'trySuccess', reservations: existing.reservations + 1, updatedAt: at })
        .where(eq(providerPayOrder.id, req.payOrderId))
        .run();
    } else {
      tx.insert(providerPayOrder)
        .values({ id: req.payOrderId, tradeId: req.tradeId, accountId, amountCents: req.amountCents, state: 'trySuccess', createdAt: at, updatedAt: at })
        .run();
    }
    const answer: PayAnswer = { op: 'try', payOrder: findPayOrder(tx, req.payOrderId) ?? null, replay: false };
    if (fenced) recordFence(tx, req.payOrderId, 'try', 'done', answer, at);
    recordPayEvent(tx, at, req.payOrderId, req.tradeId, 'try.reserved', { amountCents: req.amountCents, fence: fenced });
    return { ok: true, answer };
  });
}
