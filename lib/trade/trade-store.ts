import { and, asc, desc, eq, isNotNull, lt, lte, or, isNull, sql } from 'drizzle-orm';
import type { TradeDb } from '@/db/trade/client';
import { payOrderMirror, tradeEvent, tradeOrder, tradeRequest } from '@/db/trade/schema';
import type { TradeTx } from './trade-context';

export type TradeRow = typeof tradeOrder.$inferSelect;
export type MirrorRow = typeof payOrderMirror.$inferSelect;
export type RequestRow = typeof tradeRequest.$inferSelect;
export type EventRow = typeof tradeEvent.$inferSelect;

type Handle = TradeDb | TradeTx;

export const tradeIdOf = (request: Pick<RequestRow, 'id'>) => `t-${request.id}`;
export const payOrderIdFor = (tradeId: string) => tradeId.replace(/^t-/, 'po-');
/** t-42 → 42; anything else → undefined (so a malformed id is simply not found). */
const requestIdOf = (tradeId: string) => (/^t-[1-9]\d{0,15}$/.test(tradeId) ? Number(tradeId.slice(2)) : undefined);

export function findRequestByKey(db: Handle, key: string): RequestRow | undefined {
  return db.select().from(tradeRequest).where(eq(tradeRequest.idempotencyKey, key)).get();
}

export function findRequest(db: Handle, tradeId: string): RequestRow | undefined {
  const id = requestIdOf(tradeId);
  return id === undefined ? undefined : db.select().from(tradeRequest).where(eq(tradeRequest.id, id)).get();
}

/** Logs the request, which gives it its trade id, before any flow runs. */
export function insertRequest(db: Handle, values: Omit<typeof tradeRequest.$inferInsert, 'id'>): RequestRow {
  return db.insert(tradeRequest).values(values).returning().get();
}

export function recordAnswer(db: Handle, tradeId: string, status: number): void {
  const id = requestIdOf(tradeId);
  if (id === undefined) return;
  db.update(tradeRequest).set({ answerStatus: status }).where(and(eq(tradeRequest.id, id), isNull(tradeRequest.answerStatus))).run();
}

export function findTrade(db: Handle, id: string): TradeRow | undefined {
  return db.select().from(tradeOrder).where(eq(tradeOrder.id, id)).get();
}

export function findMirrorByTrade(db: Handle, tradeId: string): MirrorRow | undefined {
  return db.select().from(payOrderMirror).where(eq(payOrderMirror.tradeId, tradeId)).get();
}

export function findMirror(db: Handle, id: string): MirrorRow | undefined {
  return db.select().from(payOrderMirror).where(eq(payOrderMirror.id, id)).get();
}

export function insertTrade(db: Handle, row: typeof tradeOrder.$inferInsert): void {
  db.insert(tradeOrder).values(row).run();
}

export function updateTrade(db: Handle, id: string, set: Partial<typeof tradeOrder.$inferInsert>): void {
  db.update(tradeOrder).set(set).where(eq(tradeOrder.id, id)).run();
}

/** Removes the trade and its mirror (V1's physical delete, V2's purge). */
export function deleteTrade(db: Handle, id: string): void {
  db.delete(payOrderMirror).where(eq(payOrderMirror.tradeId, id)).run();
  db.delete(tradeOrder).where(eq(tradeOrder.id, id)).run();
}

export function updateRequest(db: Handle, tradeId: string, set: Partial<typeof tradeRequest.$inferInsert>): void {
  const id = requestIdOf(tradeId);
  if (id !== undefined) db.update(tradeRequest).set(set).where(eq(tradeRequest.id, id)).run();
}

export function insertMirror(db: Handle, row: typeof payOrderMirror.$inferInsert): void {
  db.insert(payOrderMirror).values(row).run();
}

export function updateMirror(db: Handle, id: string, set: Partial<typeof payOrderMirror.$inferInsert>): void {
  db.update(payOrderMirror).set(set).where(eq(payOrderMirror.id, id)).run();
}

export function insertEvent(db: Handle, row: typeof tradeEvent.$inferInsert): number {
  return db.insert(tradeEvent).values(row).returning({ id: tradeEvent.id }).get().id;
}

/** Mirrors that owe the provider an operation and are due (or all of them, when forced). */
export function owedMirrors(db: Handle, now: number, force: boolean, limit: number): MirrorRow[] {
  const due = force ? undefined : or(isNull(payOrderMirror.nextRetryAt), lte(payOrderMirror.nextRetryAt, now));
  return db
    .select()
    .from(payOrderMirror)
    .where(and(isNotNull(payOrderMirror.owed), eq(payOrderMirror.parked, false), due))
    .orderBy(asc(payOrderMirror.nextRetryAt), asc(payOrderMirror.id))
    .limit(limit)
    .all();
}

/** V1 trades whose last operation the lab still owes a re-drive, due now (or all, when forced). */
export function owedRedrives(db: Handle, now: number, force: boolean, limit: number): RequestRow[] {
  const due = force ? undefined : or(isNull(tradeRequest.nextRedriveAt), lte(tradeRequest.nextRedriveAt, now));
  return db.select().from(tradeRequest).where(and(eq(tradeRequest.redrive, 'owed'), due)).orderBy(asc(tradeRequest.id)).limit(limit).all();
}

export function listRequests(db: Handle, options: { limit: number; before?: number }): RequestRow[] {
  return db
    .select()
    .from(tradeRequest)
    .where(options.before === undefined ? undefined : lt(tradeRequest.id, options.before))
    .orderBy(desc(tradeRequest.id))
    .limit(options.limit)
    .all();
}

export function countRequests(db: Handle): number {
  return db.select({ n: sql<number>`count(*)` }).from(tradeRequest).get()?.n ?? 0;
}

export function eventsForTrade(db: Handle, tradeId: string): EventRow[] {
  return db.select().from(tradeEvent).where(eq(tradeEvent.tradeId, tradeId)).orderBy(asc(tradeEvent.id)).all();
}

export function eventsAfter(db: Handle, afterId: number, limit: number): EventRow[] {
  return db.select().from(tradeEvent).where(sql`${tradeEvent.id} > ${afterId}`).orderBy(asc(tradeEvent.id)).limit(limit).all();
}

export function latestEventId(db: Handle): number {
  return db.select({ id: sql<number>`coalesce(max(${tradeEvent.id}), 0)` }).from(tradeEvent).get()?.id ?? 0;
}

/** Empties the trade service's tables; ids keep counting up, so an old SSE cursor stays valid. */
export function clearTradeDb(db: TradeDb): void {
  db.transaction((tx) => {
    tx.delete(tradeEvent).run();
    tx.delete(payOrderMirror).run();
    tx.delete(tradeOrder).run();
    tx.delete(tradeRequest).run();
  });
}
