import { inTransaction } from '@/db/prepared';
import type { Lab } from '@/lib/lab';
import { formatCents } from '@/lib/money/money';
import { insertEvent } from '@/lib/trade/trade-store';
import { inFlight, readAudit, type ProviderRow } from './invariants';

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

/**
 * The provider-side reconciliation: cancel live reservations whose trade does not exist. It is
 * the only repair of V1's create case 4 (an orphan: no local row to retry from) and of V1's
 * delete case 3 (the row is gone, the reservation hangs). V2 never needs it.
 */
export async function reconcile(lab: Lab, options: { graceMs: number }): Promise<ReconcileResult> {
  // Read, decide and cancel without yielding: no flow of this process can commit a trade row
  // or answer a request between the check and the cancel.
  const audit = readAudit(lab);
  const result: ReconcileResult = { examined: 0, cancelled: [], skipped: [] };
  const repaired: ProviderRow[] = [];
  for (const order of audit.payOrders) {
    if (order.state !== 'trySuccess') continue;
    result.examined += 1;
    if (audit.tradeById.has(order.tradeId)) continue;
    const item = { tradeId: order.tradeId, payOrderId: order.id, amount: formatCents(order.amountCents) };
    // A V1 create holds its trade row in an open transaction until the call returns.
    if (inFlight(audit, order.tradeId)) {
      result.skipped.push({ ...item, reason: 'in flight' });
    } else if (audit.now - order.updatedAt < options.graceMs) {
      // updatedAt, not createdAt: a reservation renewed by a late try is just as young.
      result.skipped.push({ ...item, reason: 'within grace' });
    } else {
      const cancel = lab.pay.cancel({ payOrderId: order.id, tradeId: order.tradeId, deleting: true });
      if (cancel.ok) {
        result.cancelled.push(item);
        repaired.push(order);
      } else {
        result.skipped.push({ ...item, reason: `refused: ${cancel.rejection.code}` });
      }
    }
  }

  if (repaired.length) {
    const at = lab.trade.now();
    // trade.db writes wait their turn behind a V1 transaction held open across a call.
    await lab.trade.gate.write(() =>
      inTransaction(lab.tradeDb, () => {
        for (const o of repaired)
          insertEvent(lab.tradeDb, { at, tradeId: o.tradeId, type: 'reconcile', detail: { payOrderId: o.id, released: o.amountCents } });
      }),
    );
    lab.trade.notify();
  }
  return result;
}
