import { eq } from 'drizzle-orm';
import type { PayDb } from '@/db/pay/client';
import { account, payEvent, providerPayOrder } from '@/db/pay/schema';
import type { PayAnswer, PayRejection, ProviderPayOrderView } from '@/lib/rpc/pay-contract';

export interface PayContext {
  db: PayDb;
  /** The provider's TCC fence; the lab can switch it off to show each anomaly it prevents. */
  fenceOn: () => boolean;
  now: () => number;
}

export type PayResult = { ok: true; answer: PayAnswer } | { ok: false; rejection: PayRejection };

/** A transaction handle or the database itself: both run the same queries. */
export type PayTx = Parameters<Parameters<PayDb['transaction']>[0]>[0];

export const reject = (code: string, message: string): PayResult => ({ ok: false, rejection: { code, message } });

export function findPayOrder(tx: PayTx | PayDb, id: string): ProviderPayOrderView | undefined {
  const row = tx.select().from(providerPayOrder).where(eq(providerPayOrder.id, id)).get();
  return row && toView(row);
}

export function toView(row: typeof providerPayOrder.$inferSelect): ProviderPayOrderView {
  return {
    id: row.id,
    tradeId: row.tradeId,
    accountId: row.accountId,
    amountCents: row.amountCents,
    state: row.state,
    reservations: row.reservations,
  };
}

export function findAccount(tx: PayTx, id: string) {
  return tx.select().from(account).where(eq(account.id, id)).get();
}

/** Moves money between an account's balance and its frozen amount (positive = reserve). */
export function moveToFrozen(tx: PayTx, accountId: string, cents: number): void {
  const row = findAccount(tx, accountId);
  if (!row) throw new Error(`account ${accountId} vanished inside a transaction`);
  tx.update(account)
    .set({ balanceCents: row.balanceCents - cents, frozenCents: row.frozenCents + cents })
    .where(eq(account.id, accountId))
    .run();
}

/** Takes a confirmed amount out of the frozen pool: the money now belongs to the payee. */
export function consumeFrozen(tx: PayTx, accountId: string, cents: number): void {
  const row = findAccount(tx, accountId);
  if (!row) throw new Error(`account ${accountId} vanished inside a transaction`);
  tx.update(account).set({ frozenCents: row.frozenCents - cents }).where(eq(account.id, accountId)).run();
}

export function recordPayEvent(
  tx: PayTx | PayDb,
  at: number,
  payOrderId: string,
  tradeId: string | null,
  type: string,
  detail: Record<string, unknown>,
): void {
  tx.insert(payEvent).values({ at, payOrderId, tradeId, type, detail }).run();
}
