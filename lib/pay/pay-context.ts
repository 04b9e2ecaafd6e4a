import { eq, sql } from 'drizzle-orm';
import { prepared, updateById } from '@/db/prepared';
import type { PayDb } from '@/db/pay/client';
import { account, payEvent, providerPayOrder } from '@/db/pay/schema';
import { isProviderState, type ProviderState } from '@/lib/pay-order/pay-order.machine';
import type { PayResult, ProviderPayOrderView, RefusalCode } from './contract';
import type { PayEvent } from './pay-events';

export interface PayContext {
  db: PayDb;
  /** The provider's TCC fence; the lab can switch it off to show each anomaly it prevents. */
  fenceOn: () => boolean;
  now: () => number;
}

const p = sql.placeholder;

/** A definite refusal: what any of the provider's operations answers when it changes nothing. */
export type Refused = Extract<PayResult, { ok: false }>;

export const reject = (code: RefusalCode, message: string): Refused => ({ ok: false, rejection: { code, message } });

export function findPayOrder(db: PayDb, id: string): ProviderPayOrderView | undefined {
  const row = prepared(db, 'payOrder', () =>
    db
      .select()
      .from(providerPayOrder)
      .where(eq(providerPayOrder.id, p('id')))
      .prepare(),
  ).get({ id });
  return row && toView(row);
}

export function toView(row: typeof providerPayOrder.$inferSelect): ProviderPayOrderView {
  return {
    id: row.id,
    tradeId: row.tradeId,
    accountId: row.accountId,
    amountCents: row.amountCents,
    state: providerStateOf(row.state),
    reservations: row.reservations,
    ...(row.heldBy === null ? {} : { heldBy: row.heldBy }),
  };
}

/** The provider stores the machine's state as text; a value outside it is a bug, found here. */
function providerStateOf(state: string): ProviderState {
  if (!isProviderState(state)) throw new Error(`pay_order.state holds ${JSON.stringify(state)}, not a provider state`);
  return state;
}

export function findAccount(db: PayDb, id: string) {
  return prepared(db, 'account', () =>
    db
      .select()
      .from(account)
      .where(eq(account.id, p('id')))
      .prepare(),
  ).get({ id });
}

/** Moves money between an account's balance and its frozen amount (positive = reserve). */
export function moveToFrozen(db: PayDb, accountId: string, cents: number): void {
  const row = findAccount(db, accountId);
  if (!row) throw new Error(`account ${accountId} vanished inside a transaction`);
  updateById(db, account, account.id, accountId, { balanceCents: row.balanceCents - cents, frozenCents: row.frozenCents + cents });
}

/** Takes a confirmed amount out of the frozen pool: the money now belongs to the payee. */
export function consumeFrozen(db: PayDb, accountId: string, cents: number): void {
  const row = findAccount(db, accountId);
  if (!row) throw new Error(`account ${accountId} vanished inside a transaction`);
  updateById(db, account, account.id, accountId, { frozenCents: row.frozenCents - cents });
}

export function recordPayEvent(db: PayDb, at: number, payOrderId: string, tradeId: string | null, event: PayEvent): void {
  prepared(db, 'insertPayEvent', () =>
    db
      .insert(payEvent)
      .values({ at: p('at'), payOrderId: p('payOrderId'), tradeId: p('tradeId'), type: p('type'), detail: p('detail') })
      .prepare(),
  ).run({ at, payOrderId, tradeId, type: event.type, detail: event.detail });
}

/** A new pay order: reserved once, held by no global transaction. */
export function insertPayOrder(db: PayDb, row: Omit<typeof providerPayOrder.$inferSelect, 'reservations' | 'heldBy'>): void {
  prepared(db, 'insertPayOrder', () =>
    db
      .insert(providerPayOrder)
      .values({
        id: p('id'),
        tradeId: p('tradeId'),
        accountId: p('accountId'),
        amountCents: p('amountCents'),
        state: p('state'),
        createdAt: p('createdAt'),
        updatedAt: p('updatedAt'),
      })
      .prepare(),
  ).run(row);
}

/** A deleted trade's pay order, once released; its events and fence rows stay. */
export function removePayOrder(db: PayDb, id: string): void {
  prepared(db, 'removePayOrder', () =>
    db
      .delete(providerPayOrder)
      .where(eq(providerPayOrder.id, p('id')))
      .prepare(),
  ).run({ id });
}

export function savePayOrder(db: PayDb, id: string, set: Partial<typeof providerPayOrder.$inferInsert>): void {
  updateById(db, providerPayOrder, providerPayOrder.id, id, set);
}
