/**
 * The request log: every POST /api/trades the trade service received, committed before its flow
 * runs (so a trade id is never handed out twice, and a key maps to one trade), with the answer
 * it was given and the operation last asked of it.
 */

import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { TradeDb } from '@/db/trade/client';
import { tradeRequest } from '@/db/trade/schema';
import { prepared, updateById } from '@/db/prepared';
import { asRequest, asRequestOrNone } from './rows';
import type { RequestRow } from './rows';
import { requestIdOf } from './ids';
import type { CreateAnswer } from './create-answer';

const p = sql.placeholder;

export function findRequestByKey(db: TradeDb, key: string): RequestRow | undefined {
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

export function findRequest(db: TradeDb, tradeId: string): RequestRow | undefined {
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
  db: TradeDb,
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
export function recordAnswer(db: TradeDb, tradeId: string, answer: CreateAnswer): void {
  const id = requestIdOf(tradeId);
  if (id === undefined) return;
  prepared(db, 'recordAnswer', () =>
    db
      .update(tradeRequest)
      .set({ answer: p('answer') as never })
      .where(and(eq(tradeRequest.id, p('id')), isNull(tradeRequest.answer)))
      .prepare(),
  ).run({ id, answer });
}

/**
 * At start-up no flow of this process can still be running: a request left without an answer
 * was cut off by a crash (V1's open transaction rolled back with it). It is marked `interrupted`
 * so the auditor and reconciliation stop treating its flow as running.
 */
export function closeInterruptedRequests(db: TradeDb): number {
  return db.update(tradeRequest).set({ answer: 'interrupted' }).where(isNull(tradeRequest.answer)).run().changes;
}

export function updateRequest(db: TradeDb, tradeId: string, set: Partial<typeof tradeRequest.$inferInsert>): void {
  const id = requestIdOf(tradeId);
  if (id !== undefined) updateById(db, tradeRequest, tradeRequest.id, id, set);
}

export function listRequests(db: TradeDb, options: { limit: number; before?: number }): RequestRow[] {
  return db
    .select()
    .from(tradeRequest)
    .where(options.before === undefined ? undefined : lt(tradeRequest.id, options.before))
    .orderBy(desc(tradeRequest.id))
    .limit(options.limit)
    .all()
    .map(asRequest);
}

export function countRequests(db: TradeDb): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(tradeRequest)
      .get()?.n ?? 0
  );
}
