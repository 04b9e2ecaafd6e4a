import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { PreparedQuery } from 'drizzle-orm/better-sqlite3/session';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTradeDb, type TradeDb } from './trade/client';
import { payOrderMirror, tradeEvent } from './trade/schema';
import { prepared, updateById } from './prepared';

const p = sql.placeholder;

describe('prepared statements run straight on better-sqlite3', () => {
  let dir: string;
  let db: TradeDb;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'lab-prepared-'));
    db = openTradeDb(dir);
  });
  afterEach(() => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const insertMirror = (id: string) =>
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
    ).run({ id, tradeId: id.replace('po-', 't-'), amountCents: 123, state: 'unknown', owed: 'try', updatedAt: 1 });
  const mirror = (id: string) =>
    prepared(db, 'mirror', () =>
      db
        .select()
        .from(payOrderMirror)
        .where(eq(payOrderMirror.id, p('id')))
        .prepare(),
    ).get({ id });

  it('reads rows exactly as drizzle maps them, booleans and nulls included', () => {
    insertMirror('po-1');
    insertMirror('po-2');
    updateById(db, payOrderMirror, payOrderMirror.id, 'po-2', { parked: true, lastError: 'timeout', nextRetryAt: null });

    expect(mirror('po-2')).toEqual(db.select().from(payOrderMirror).where(eq(payOrderMirror.id, 'po-2')).get());
    expect(mirror('po-2')).toMatchObject({ parked: true, lastError: 'timeout', nextRetryAt: null, owed: 'try' });
    expect(mirror('po-1')).toMatchObject({ parked: false, lastError: null });
    expect(mirror('po-9')).toBeUndefined();
    // Plain selects and writes take the direct path, not drizzle's per-call one.
    expect(prepared(db, 'mirror', () => undefined)).not.toBeInstanceOf(PreparedQuery);
  });

  it('encodes and decodes JSON columns, and keeps constants the query was built with', () => {
    const insertEvent = (tradeId: string, detail: Record<string, unknown>) =>
      prepared(db, 'insertEvent', () =>
        db
          .insert(tradeEvent)
          .values({ at: p('at'), tradeId: p('tradeId'), type: 'note', detail: p('detail') })
          .prepare(),
      ).run({ at: 5, tradeId, detail });
    insertEvent('t-1', { nested: { list: [1, 'two'] }, cents: 100 });
    insertEvent('t-2', {});
    insertEvent('t-1', { second: true });

    const events = prepared(db, 'eventsOf', () =>
      db
        .select()
        .from(tradeEvent)
        .where(eq(tradeEvent.tradeId, p('tradeId')))
        .orderBy(asc(tradeEvent.id))
        .prepare(),
    ).all({ tradeId: 't-1' });
    expect(events).toEqual(db.select().from(tradeEvent).where(eq(tradeEvent.tradeId, 't-1')).orderBy(asc(tradeEvent.id)).all());
    expect(events.map((e) => [e.type, e.detail])).toEqual([
      ['note', { nested: { list: [1, 'two'] }, cents: 100 }],
      ['note', { second: true }],
    ]);
  });

  it('returns the row a DELETE … RETURNING removed', () => {
    insertMirror('po-7');
    const removed = prepared(db, 'deleteReturning', () =>
      db
        .delete(payOrderMirror)
        .where(eq(payOrderMirror.id, p('id')))
        .returning()
        .prepare(),
    ).get({ id: 'po-7' });
    expect(removed).toMatchObject({ id: 'po-7', tradeId: 't-7', amountCents: 123, parked: false });
  });

  it('refuses a call that leaves a placeholder without a value, writing nothing', () => {
    const insert = prepared(db, 'insertMirror', () =>
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
    );
    expect(() => insert.run({ id: 'po-3', tradeId: 't-3', amountCents: 1, state: 'init', owed: null } as never)).toThrow(
      'No value for placeholder "updatedAt"',
    );
    expect(db.select().from(payOrderMirror).all()).toEqual([]);
  });
});
