import { asc, eq, sql } from 'drizzle-orm';
import type { TradeDb } from '@/db/trade/client';
import { tradeEvent } from '@/db/trade/schema';
import { prepared } from '@/db/prepared';
import type { EventRow } from './rows';
import { asTradeEvent, type TradeEvent } from './trade-events';

const p = sql.placeholder;

export function insertEvent(db: TradeDb, row: Pick<EventRow, 'at' | 'tradeId'> & TradeEvent): void {
  prepared(db, 'insertEvent', () =>
    db
      .insert(tradeEvent)
      .values({ at: p('at'), tradeId: p('tradeId'), type: p('type'), detail: p('detail') })
      .prepare(),
  ).run(row);
}

export function eventsForTrade(db: TradeDb, tradeId: string): EventRow[] {
  return prepared(db, 'eventsForTrade', () =>
    db
      .select()
      .from(tradeEvent)
      .where(eq(tradeEvent.tradeId, p('tradeId')))
      .orderBy(asc(tradeEvent.id))
      .prepare(),
  )
    .all({ tradeId })
    .map(asTradeEvent);
}

export function eventsAfter(db: TradeDb, afterId: number, limit: number): EventRow[] {
  return prepared(db, 'eventsAfter', () =>
    db
      .select()
      .from(tradeEvent)
      .where(sql`${tradeEvent.id} > ${p('afterId')}`)
      .orderBy(asc(tradeEvent.id))
      .limit(p('limit'))
      .prepare(),
  )
    .all({ afterId, limit })
    .map(asTradeEvent);
}

export function latestEventId(db: TradeDb): number {
  return (
    db
      .select({ id: sql<number>`coalesce(max(${tradeEvent.id}), 0)` })
      .from(tradeEvent)
      .get()?.id ?? 0
  );
}
