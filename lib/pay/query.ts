import { asc, eq, sql } from 'drizzle-orm';
import { account, fence, payEvent, providerPayOrder } from '@/db/pay/schema';
import { findPayOrder, toView, type PayContext } from './pay-context';

/** The provider's view of one pay order: the order, its fence rows and its events. */
export function queryPayOrder(ctx: PayContext, payOrderId: string) {
  const { db } = ctx;
  return {
    payOrder: findPayOrder(db, payOrderId) ?? null,
    fence: db.select().from(fence).where(eq(fence.payOrderId, payOrderId)).all(),
    events: db.select().from(payEvent).where(eq(payEvent.payOrderId, payOrderId)).orderBy(asc(payEvent.id)).all(),
  };
}

export function listAccounts(ctx: PayContext) {
  return ctx.db.select().from(account).orderBy(asc(account.id)).all();
}

/** Every provider pay order for the given trade ids (all of them when none are given). */
export function payOrdersByTrade(ctx: PayContext, tradeIds?: string[]) {
  const rows = tradeIds
    ? ctx.db.select().from(providerPayOrder).where(sql`${providerPayOrder.tradeId} in (select value from json_each(${JSON.stringify(tradeIds)}))`).all()
    : ctx.db.select().from(providerPayOrder).all();
  return rows.map(toView);
}
