import { asc, eq, sql } from 'drizzle-orm';
import { prepared } from '@/db/prepared';
import { account, fence, payEvent, providerPayOrder } from '@/db/pay/schema';
import { findPayOrder, toView, type PayContext } from './pay-context';

/** The provider's view of one pay order: the order, its fence rows and its events. */
export function queryPayOrder(ctx: PayContext, payOrderId: string) {
  const { db } = ctx;
  const byOrder = { payOrderId };
  return {
    payOrder: findPayOrder(db, payOrderId) ?? null,
    fence: prepared(db, 'fenceOf', () =>
      db
        .select()
        .from(fence)
        .where(eq(fence.payOrderId, sql.placeholder('payOrderId')))
        .prepare(),
    ).all(byOrder),
    events: prepared(db, 'eventsOf', () =>
      db
        .select()
        .from(payEvent)
        .where(eq(payEvent.payOrderId, sql.placeholder('payOrderId')))
        .orderBy(asc(payEvent.id))
        .prepare(),
    ).all(byOrder),
  };
}

export function listAccounts(ctx: PayContext) {
  return ctx.db.select().from(account).orderBy(asc(account.id)).all();
}

/** Every provider pay order for the given trade ids (all of them when none are given). */
export function payOrdersByTrade(ctx: PayContext, tradeIds?: string[]) {
  const rows = tradeIds
    ? ctx.db
        .select()
        .from(providerPayOrder)
        .where(sql`${providerPayOrder.tradeId} in (select value from json_each(${JSON.stringify(tradeIds)}))`)
        .all()
    : ctx.db.select().from(providerPayOrder).all();
  return rows.map(toView);
}
