import { and, asc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { TradeDb } from '@/db/trade/client';
import { payOrderMirror } from '@/db/trade/schema';
import { prepared, updateById } from '@/db/prepared';
import { asMirrorOrNone } from './rows';
import type { MirrorRow } from './rows';
import { payOrderIdFor } from './ids';

const p = sql.placeholder;

export function findMirrorByTrade(db: TradeDb, tradeId: string): MirrorRow | undefined {
  return findMirror(db, payOrderIdFor(tradeId));
}

export function findMirror(db: TradeDb, id: string): MirrorRow | undefined {
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

export function insertMirror(db: TradeDb, row: Pick<MirrorRow, 'id' | 'tradeId' | 'amountCents' | 'state' | 'owed' | 'updatedAt'>): void {
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

export function updateMirror(db: TradeDb, id: string, set: Partial<typeof payOrderMirror.$inferInsert>): void {
  updateById(db, payOrderMirror, payOrderMirror.id, id, set);
}

/** Ids of the mirrors that owe the provider an operation and are due (all of them, when forced). */
export function owedMirrorIds(db: TradeDb, now: number, force: boolean): string[] {
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
