import { asc, sql } from 'drizzle-orm';
import { prepared } from '@/db/prepared';
import type { TradeDb } from '@/db/trade/client';
import { payOrderMirror, tradeOrder, tradeRequest } from '@/db/trade/schema';
import type { TradePresence } from '@/lib/pay/contract';
import { payOrderIdOf, tradeIdOf } from './ids';
import { asMirror, asRequest, asTrade, type RequestRow } from './rows';
import { findRequest } from './request-log';
import { findTrade } from './trade-rows';

/**
 * The trade service's side as an auditor reads it: every request, trade and mirror. A V1
 * transaction held open on its own connection stays invisible until it commits; its request,
 * logged and not yet answered, says that flow is still running.
 */
export function readTradeSide(db: TradeDb, part?: TradePart) {
  if (part) return readTradePart(db, part);
  return {
    requests: prepared(db, 'allRequests', () => db.select().from(tradeRequest).orderBy(asc(tradeRequest.id)).prepare())
      .all()
      .map(asRequest),
    trades: prepared(db, 'allTrades', () => db.select().from(tradeOrder).prepare())
      .all()
      .map(asTrade),
    mirrors: prepared(db, 'allMirrors', () => db.select().from(payOrderMirror).prepare())
      .all()
      .map(asMirror),
  };
}

/** A request logged but not answered yet: its flow (e.g. V1's transaction around the call) is still running. */
export const flowRunning = (request: Pick<RequestRow, 'answer'> | undefined) => request?.answer === null;

/** The provider's reconciliation asks, of each live reservation, whether its trade is here. */
export function tradePresence(db: TradeDb, tradeId: string): TradePresence {
  if (findTrade(db, tradeId)) return 'present';
  return flowRunning(findRequest(db, tradeId)) ? 'running' : 'absent';
}

/** Trade ids t-<from> … t-<to - 1>: one part of the books, read on its own. */
export interface TradePart {
  from: number;
  to: number;
}

/** The largest trade number handed out (0 when none). */
export function lastTradeNumber(db: TradeDb): number {
  return prepared(db, 'lastRequestId', () =>
    db
      .select({ id: sql<number>`coalesce(max(${tradeRequest.id}), 0)` })
      .from(tradeRequest)
      .prepare(),
  ).get()!.id;
}

function readTradePart(db: TradeDb, { from, to }: TradePart) {
  const numbers = Array.from({ length: to - from }, (_, i) => from + i);
  const tradeIds = JSON.stringify(numbers.map((id) => tradeIdOf({ id })));
  const mirrorIds = JSON.stringify(numbers.map(payOrderIdOf));
  const p = sql.placeholder;
  return {
    requests: prepared(db, 'requestsBetween', () =>
      db
        .select()
        .from(tradeRequest)
        .where(sql`${tradeRequest.id} >= ${p('from')} and ${tradeRequest.id} < ${p('to')}`)
        .orderBy(asc(tradeRequest.id))
        .prepare(),
    )
      .all({ from, to })
      .map(asRequest),
    trades: prepared(db, 'tradesIn', () =>
      db
        .select()
        .from(tradeOrder)
        .where(sql`${tradeOrder.id} in (select value from json_each(${p('ids')}))`)
        .prepare(),
    )
      .all({ ids: tradeIds })
      .map(asTrade),
    mirrors: prepared(db, 'mirrorsIn', () =>
      db
        .select()
        .from(payOrderMirror)
        .where(sql`${payOrderMirror.id} in (select value from json_each(${p('ids')}))`)
        .prepare(),
    )
      .all({ ids: mirrorIds })
      .map(asMirror),
  };
}
