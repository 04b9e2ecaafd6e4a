import { formatCents } from '@/lib/money/money';
import { cancelPayment } from './cancel';
import type { TradePresence } from './contract';
import type { PayContext } from './pay-context';
import { listOpenReservations } from './query';

export interface ReconcileItem {
  tradeId: string;
  payOrderId: string;
  amount: string;
}

export interface ReconcileResult {
  /** Live reservations (pay orders in trySuccess) looked at. */
  examined: number;
  cancelled: ReconcileItem[];
  /** Reservations with no trade that were left alone this time, and why. */
  skipped: (ReconcileItem & { reason: 'in flight' | 'within grace' | `refused: ${string}` })[];
}

/** A reservation reconciliation released, for the caller's own record of its trade's story. */
export interface Released {
  tradeId: string;
  payOrderId: string;
  amountCents: number;
}

/**
 * The provider's reconciliation: cancel live reservations whose trade does not exist, asking
 * the caller about each. It is the only repair of V1's create case 4 (an orphan: no local row to
 * retry from) and of V1's delete case 3 (the row is gone, the reservation hangs). V2 never
 * needs it. It reads, asks and cancels without yielding, so no flow of this process can commit
 * a trade row or answer a request between the question and the cancel.
 */
export function reconcile(
  ctx: PayContext,
  presenceOf: (tradeId: string) => TradePresence,
  options: { graceMs: number },
): { result: ReconcileResult; released: Released[] } {
  const now = ctx.now();
  const result: ReconcileResult = { examined: 0, cancelled: [], skipped: [] };
  const released: Released[] = [];
  for (const order of listOpenReservations(ctx.db)) {
    result.examined += 1;
    const presence = presenceOf(order.tradeId);
    if (presence === 'present') continue;
    const item = { tradeId: order.tradeId, payOrderId: order.id, amount: formatCents(order.amountCents) };
    if (presence === 'running') {
      result.skipped.push({ ...item, reason: 'in flight' });
    } else if (now - order.updatedAt < options.graceMs) {
      // updatedAt, not createdAt: a reservation renewed by a late try is just as young.
      result.skipped.push({ ...item, reason: 'within grace' });
    } else {
      const cancel = cancelPayment(ctx, { payOrderId: order.id, tradeId: order.tradeId, deleting: true });
      if (cancel.ok) {
        result.cancelled.push(item);
        released.push({ tradeId: order.tradeId, payOrderId: order.id, amountCents: order.amountCents });
      } else {
        result.skipped.push({ ...item, reason: `refused: ${cancel.rejection.code}` });
      }
    }
  }
  return { result, released };
}
