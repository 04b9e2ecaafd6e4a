import { and, asc, desc, eq, lt, lte, or, isNull, sql } from 'drizzle-orm';
import type { TradeDb } from '@/db/trade/client';
import { payOrderMirror, tradeEvent, tradeOrder, tradeRequest } from '@/db/trade/schema';
import { prepared, updateById } from '@/db/prepared';

import {
  asMirrorOrNone,
  asRequest,
  asRequestOrNone,
  asTradeOrNone,
  type EventRow,
  type MirrorRow,
  type RequestRow,
  type TradeRow,
} from './rows';

export type { EventRow, MirrorRow, RequestRow, TradeRow };

type Handle = TradeDb;

export const tradeIdOf = (request: Pick<RequestRow, 'id'>) => `t-${request.id}`;
export const payOrderIdFor = (tradeId: string) => tradeId.replace(/^t-/, 'po-');
/** t-42 → 42; anything else → undefined (so a malformed id is simply not found). */
const requestIdOf = (tradeId: string) => (/^t-[1-9]\d{0,15}$/.test(tradeId) ? Number(tradeId.slice(2)) : undefined);

const p = sql.placeholder;

export function findRequestByKey(db: Handle, key: string): RequestRow | undefined {
  return asRequestOrNone(
    prepared(db, 'requestByKey', () =>
      db
        .select()
        .from(tradeRequest)
        .where(eq(tradeRequest.idempotencyKey, p('key')))
        .prepare(),
    ).get({ key }),
  );
}

export function findRequest(db: Handle, tradeId: string): RequestRow | undefined {
  const id = requestIdOf(tradeId);
  if (id === undefined) return undefined;
  return asRequestOrNone(
    prepared(db, 'request', () =>
      db
        .select()
        .from(tradeRequest)
        .where(eq(tradeRequest.id, p('id')))
        .prepare(),
    ).get({ id }),
  );
}

/** Logs the request, which gives it its trade id, before any flow runs. */
export function insertRequest(
  db: Handle,
  values: Pick<RequestRow, 'idempotencyKey' | 'amountCents' | 'strategy' | 'requestedAt'>,
): RequestRow {
  return asRequest(
    prepared(db, 'insertRequest', () =>
      db
        .insert(tradeRequest)
        .values({
          idempotencyKey: p('idempotencyKey'),
          amountCents: p('amountCents'),
          strategy: p('strategy'),
          requestedAt: p('requestedAt'),
        })
        .returning()
        .prepare(),
    ).get(values)!,
  );
}

/** The create's answer, once: the first one recorded stands. */
export function recordAnswer(db: Handle, tradeId: string, status: number, code: string | null = null): void {
  const id = requestIdOf(tradeId);
  if (id === undefined) return;
  prepared(db, 'recordAnswer', () =>
    db
      .update(tradeRequest)
      .set({ answerStatus: p('status') as never, answerCode: p('code') as never })
      .where(and(eq(tradeRequest.id, p('id')), isNull(tradeRequest.answerStatus)))
      .prepare(),
  ).run({ id, status, code });
}

/**
 * At start-up no flow of this process can still be running: a request left without an answer
 * was cut off by a crash (V1's open transaction rolled back with it). It is marked answered
 * with status 0 — no answer — so the auditor and reconciliation stop treating its flow as running.
 */
export function closeInterruptedRequests(db: Handle): number {
  return db.update(tradeRequest).set({ answerStatus: 0 }).where(isNull(tradeRequest.answerStatus)).run().changes;
}

export function findTrade(db: Handle, id: string): TradeRow | undefined {
  return asTradeOrNone(
    prepared(db, 'trade', () =>
      db
        .select()
        .from(tradeOrder)
        .where(eq(tradeOrder.id, p('id')))
        .prepare(),
    ).get({ id }),
  );
}

export function findMirrorByTrade(db: Handle, tradeId: string): MirrorRow | undefined {
  return findMirror(db, payOrderIdFor(tradeId));
}

export function findMirror(db: Handle, id: string): MirrorRow | undefined {
  return asMirrorOrNone(
    prepared(db, 'mirror', () =>
      db
        .select()
        .from(payOrderMirror)
        .where(eq(payOrderMirror.id, p('id')))
        .prepare(),
    ).get({ id }),
  );
}

export function insertTrade(db: Handle, row: Omit<TradeRow, never>): void {
  prepared(db, 'insertTrade', () =>
    db
      .insert(tradeOrder)
      .values({
        id: p('id'),
        amountCents: p('amountCents'),
        strategy: p('strategy'),
        status: p('status'),
        createdAt: p('createdAt'),
        updatedAt: p('updatedAt'),
      })
      .prepare(),
  ).run(row);
}

export function updateTrade(db: Handle, id: string, set: Partial<typeof tradeOrder.$inferInsert>): void {
  updateById(db, tradeOrder, tradeOrder.id, id, set);
}

/** Removes the trade and its mirror (V1's physical delete, V2's purge). */
export function deleteTrade(db: Handle, id: string): void {
  prepared(db, 'deleteMirror', () =>
    db
      .delete(payOrderMirror)
      .where(eq(payOrderMirror.id, p('id')))
      .prepare(),
  ).run({ id: payOrderIdFor(id) });
  prepared(db, 'deleteTrade', () =>
    db
      .delete(tradeOrder)
      .where(eq(tradeOrder.id, p('id')))
      .prepare(),
  ).run({ id });
}

export function updateRequest(db: Handle, tradeId: string, set: Partial<typeof tradeRequest.$inferInsert>): void {
  const id = requestIdOf(tradeId);
  if (id !== undefined) updateById(db, tradeRequest, tradeRequest.id, id, set);
}

export function insertMirror(db: Handle, row: Pick<MirrorRow, 'id' | 'tradeId' | 'amountCents' | 'state' | 'owed' | 'updatedAt'>): void {
  prepared(db, 'insertMirror', () =>
    db
      .insert(payOrderMirror)
      .values({
        id: p('id'),
        tradeId: p('tradeId'),
        amountCents: p('amountCents'),
        state: p('state'),
        owed: p('owed'),
        updatedAt: p('updatedAt'),
      })
      .prepare(),
  ).run(row);
}

export function updateMirror(db: Handle, id: string, set: Partial<typeof payOrderMirror.$inferInsert>): void {
  updateById(db, payOrderMirror, payOrderMirror.id, id, set);
}

export function insertEvent(db: Handle, row: Pick<EventRow, 'at' | 'tradeId' | 'type' | 'detail'>): void {
  prepared(db, 'insertEvent', () =>
    db
      .insert(tradeEvent)
      .values({ at: p('at'), tradeId: p('tradeId'), type: p('type'), detail: p('detail') })
      .prepare(),
  ).run(row);
}

/** Ids of the mirrors that owe the provider an operation and are due (all of them, when forced). */
export function owedMirrorIds(db: Handle, now: number, force: boolean): string[] {
  const due = force ? undefined : or(isNull(payOrderMirror.nextRetryAt), lte(payOrderMirror.nextRetryAt, now));
  return (
    db
      .select({ id: payOrderMirror.id })
      .from(payOrderMirror)
      // Spelled as the partial index's condition, so SQLite uses it.
      .where(and(sql`${payOrderMirror.owed} is not null and ${payOrderMirror.parked} = 0`, due))
      .orderBy(asc(payOrderMirror.nextRetryAt))
      .all()
      .map((row) => row.id)
  );
}

/** V1 trades whose last operation the lab still owes a re-drive, due now (or all, when forced). */
export function owedRedrives(db: Handle, now: number, force: boolean): RequestRow[] {
  const due = force ? undefined : or(isNull(tradeRequest.nextRedriveAt), lte(tradeRequest.nextRedriveAt, now));
  return db
    .select()
    .from(tradeRequest)
    .where(and(sql`${tradeRequest.redrive} = 'owed'`, due))
    .orderBy(asc(tradeRequest.nextRedriveAt))
    .all()
    .map(asRequest);
}

export function listRequests(db: Handle, options: { limit: number; before?: number }): RequestRow[] {
  return db
    .select()
    .from(tradeRequest)
    .where(options.before === undefined ? undefined : lt(tradeRequest.id, options.before))
    .orderBy(desc(tradeRequest.id))
    .limit(options.limit)
    .all()
    .map(asRequest);
}

export function countRequests(db: Handle): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(tradeRequest)
      .get()?.n ?? 0
  );
}

export function eventsForTrade(db: Handle, tradeId: string): EventRow[] {
  return prepared(db, 'eventsForTrade', () =>
    db
      .select()
      .from(tradeEvent)
      .where(eq(tradeEvent.tradeId, p('tradeId')))
      .orderBy(asc(tradeEvent.id))
      .prepare(),
  ).all({ tradeId });
}

export function eventsAfter(db: Handle, afterId: number, limit: number): EventRow[] {
  return prepared(db, 'eventsAfter', () =>
    db
      .select()
      .from(tradeEvent)
      .where(sql`${tradeEvent.id} > ${p('afterId')}`)
      .orderBy(asc(tradeEvent.id))
      .limit(p('limit'))
      .prepare(),
  ).all({ afterId, limit });
}

export function latestEventId(db: Handle): number {
  return (
    db
      .select({ id: sql<number>`coalesce(max(${tradeEvent.id}), 0)` })
      .from(tradeEvent)
      .get()?.id ?? 0
  );
}

/**
 * Empties the trade service's tables (in the caller's transaction). Ids keep counting up, so an old SSE cursor stays valid:
 * trade ids by AUTOINCREMENT, event ids because the newest event row stays behind.
 */
export function clearTradeDb(db: TradeDb): void {
  db.delete(tradeEvent)
    .where(sql`${tradeEvent.id} < (select max(id) from ${tradeEvent})`)
    .run();
  for (const table of [payOrderMirror, tradeOrder, tradeRequest]) db.delete(table).run();
}

/** Empties the trade service's tables and restarts its ids (t-1 again): a scratch lab replaying schedules one after another. */
export function wipeTradeDb(db: TradeDb): void {
  for (const table of [tradeEvent, payOrderMirror, tradeOrder, tradeRequest]) db.delete(table).run();
  db.run(sql`delete from sqlite_sequence`);
}
