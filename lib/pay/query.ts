import { asc, eq, inArray, sql } from 'drizzle-orm';
import { prepared } from '@/db/prepared';
import type { PayDb } from '@/db/pay/client';
import { account, fence, payEvent, providerPayOrder } from '@/db/pay/schema';
import type { ProviderPayOrderView } from './contract';
import { findPayOrder, toView } from './pay-context';
import { asPayEvent, moneyEventTypes } from './pay-events';

/** A provider pay order with its times: what the auditor and reconciliation read. */
export type ProviderRow = ProviderPayOrderView & { createdAt: number; updatedAt: number };

/** The provider's view of one pay order: the order, its fence rows and its events. */
export function queryPayOrder(db: PayDb, payOrderId: string) {
  const byOrder = { payOrderId };
  return {
    payOrder: findPayOrder(db, payOrderId) ?? null,
    fence: fenceOf(db, payOrderId),
    events: prepared(db, 'eventsOf', () =>
      db
        .select()
        .from(payEvent)
        .where(eq(payEvent.payOrderId, sql.placeholder('payOrderId')))
        .orderBy(asc(payEvent.id))
        .prepare(),
    )
      .all(byOrder)
      .map(asPayEvent),
  };
}

/** The fence's rows for one pay order: which operations it has answered, and how. */
export function fenceOf(db: PayDb, payOrderId: string) {
  return prepared(db, 'fenceOf', () =>
    db
      .select()
      .from(fence)
      .where(eq(fence.payOrderId, sql.placeholder('payOrderId')))
      .prepare(),
  ).all({ payOrderId });
}

export function listAccounts(db: PayDb) {
  return prepared(db, 'allAccounts', () => db.select().from(account).orderBy(asc(account.id)).prepare()).all();
}

/** Every provider pay order for the given trade ids (all of them when none are given). */
export function payOrdersByTrade(db: PayDb, tradeIds?: string[]): ProviderPayOrderView[] {
  const rows = tradeIds
    ? db
        .select()
        .from(providerPayOrder)
        .where(sql`${providerPayOrder.tradeId} in (select value from json_each(${JSON.stringify(tradeIds)}))`)
        .all()
    : db.select().from(providerPayOrder).all();
  return rows.map(toView);
}

/**
 * The provider's side of one part of the books: the given pay orders and the events that moved
 * their money — or, for `strays`, every pay order and money event whose id is not one the caller
 * handed out: ids matching its pattern (`glob`) numbered below `below` from `numberAt` on.
 */
export function readPayPart(
  db: PayDb,
  part: { payOrderIds: readonly string[] } | { strays: { glob: string; numberAt: number; below: number } },
) {
  const p = sql.placeholder;
  if ('strays' in part) {
    const stray = (column: typeof providerPayOrder.id | typeof payEvent.payOrderId) =>
      sql`not (${column} glob ${p('glob')} and cast(substr(${column}, ${p('numberAt')}) as integer) < ${p('to')})`;
    return {
      payOrders: prepared(db, 'strayPayOrders', () => db.select().from(providerPayOrder).where(stray(providerPayOrder.id)).prepare())
        .all({ glob: part.strays.glob, numberAt: part.strays.numberAt, to: part.strays.below })
        .map(withTimes),
      moneyEvents: prepared(db, 'strayMoneyEvents', () =>
        db
          .select({ payOrderId: payEvent.payOrderId, tradeId: payEvent.tradeId, type: payEvent.type, detail: payEvent.detail })
          .from(payEvent)
          .where(sql`${inArray(payEvent.type, [...moneyEventTypes])} and ${stray(payEvent.payOrderId)}`)
          .prepare(),
      )
        .all({ glob: part.strays.glob, numberAt: part.strays.numberAt, to: part.strays.below })
        .map(asPayEvent),
    };
  }
  const ids = JSON.stringify(part.payOrderIds);
  return {
    payOrders: prepared(db, 'payOrdersIn', () =>
      db
        .select()
        .from(providerPayOrder)
        .where(sql`${providerPayOrder.id} in (select value from json_each(${p('ids')}))`)
        .prepare(),
    )
      .all({ ids })
      .map(withTimes),
    moneyEvents: prepared(db, 'moneyEventsIn', () =>
      db
        .select({ payOrderId: payEvent.payOrderId, tradeId: payEvent.tradeId, type: payEvent.type, detail: payEvent.detail })
        .from(payEvent)
        .where(
          sql`${inArray(payEvent.type, [...moneyEventTypes])} and ${payEvent.payOrderId} in (select value from json_each(${p('ids')}))`,
        )
        .prepare(),
    )
      .all({ ids })
      .map(asPayEvent),
  };
}

const withTimes = (row: typeof providerPayOrder.$inferSelect): ProviderRow => ({
  ...toView(row),
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** The pay orders holding money (trySuccess), oldest first: what reconciliation examines, never the whole table. */
export function listOpenReservations(db: PayDb): ProviderRow[] {
  return prepared(db, 'openReservations', () =>
    db
      .select()
      .from(providerPayOrder)
      .where(eq(providerPayOrder.state, 'trySuccess'))
      .orderBy(asc(providerPayOrder.createdAt), asc(providerPayOrder.id))
      .prepare(),
  )
    .all()
    .map(withTimes);
}

/** Every pay order, oldest first. */
export function listPayOrders(db: PayDb): ProviderRow[] {
  return prepared(db, 'allPayOrders', () =>
    db.select().from(providerPayOrder).orderBy(asc(providerPayOrder.createdAt), asc(providerPayOrder.id)).prepare(),
  )
    .all()
    .map(withTimes);
}

/** The events that moved money, with the amount each moved. */
export function moneyEvents(db: PayDb) {
  return prepared(db, 'moneyEvents', () =>
    db
      .select({ payOrderId: payEvent.payOrderId, tradeId: payEvent.tradeId, type: payEvent.type, detail: payEvent.detail })
      .from(payEvent)
      .where(inArray(payEvent.type, [...moneyEventTypes]))
      .prepare(),
  )
    .all()
    .map(asPayEvent);
}

/** The trade ids the provider's events after `afterId` speak of, with the newest id read: what changed since. */
export function payEventsAfter(db: PayDb, afterId: number, limit: number) {
  return prepared(db, 'payEventsAfter', () =>
    db
      .select({ id: payEvent.id, tradeId: payEvent.tradeId, payOrderId: payEvent.payOrderId })
      .from(payEvent)
      .where(sql`${payEvent.id} > ${sql.placeholder('afterId')}`)
      .orderBy(asc(payEvent.id))
      .limit(sql.placeholder('limit'))
      .prepare(),
  ).all({ afterId, limit });
}

/** The provider's money in sums: what the invariants check the whole books against, however many pay orders. */
export interface PayTotals {
  accounts: ReturnType<typeof listAccounts>;
  balanceCents: number;
  frozenCents: number;
  confirmedCents: number;
  /** Per account, the amounts its pay orders in trySuccess reserve. */
  openByAccount: Map<string, number>;
}

export function payTotals(db: PayDb): PayTotals {
  const accounts = listAccounts(db);
  const byState = prepared(db, 'amountsByState', () =>
    db
      .select({
        accountId: providerPayOrder.accountId,
        state: providerPayOrder.state,
        cents: sql<number>`sum(${providerPayOrder.amountCents})`,
      })
      .from(providerPayOrder)
      .groupBy(providerPayOrder.accountId, providerPayOrder.state)
      .prepare(),
  ).all();
  const openByAccount = new Map<string, number>();
  let confirmedCents = 0;
  for (const row of byState) {
    if (row.state === 'trySuccess') openByAccount.set(row.accountId, row.cents);
    if (row.state === 'confirmed') confirmedCents += row.cents;
  }
  return {
    accounts,
    balanceCents: accounts.reduce((sum, a) => sum + a.balanceCents, 0),
    frozenCents: accounts.reduce((sum, a) => sum + a.frozenCents, 0),
    confirmedCents,
    openByAccount,
  };
}
