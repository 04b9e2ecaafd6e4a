import { asc } from 'drizzle-orm';
import { prepared } from '@/db/prepared';
import type { TradeDb } from '@/db/trade/client';
import { payOrderMirror, tradeOrder, tradeRequest } from '@/db/trade/schema';
import type { TradePresence } from '@/lib/pay/contract';
import { asMirror, asRequest, asTrade } from './rows';
import { findRequest, findTrade } from './trade-store';

/**
 * The trade service's side as an auditor reads it: every request, trade and mirror. A V1
 * transaction held open on its own connection stays invisible until it commits; its request,
 * logged and not yet answered, says that flow is still running.
 */
export function readTradeSide(db: TradeDb) {
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
export const flowRunning = (request: { answerStatus: number | null } | undefined) => request?.answerStatus === null;

/** The provider's reconciliation asks, of each live reservation, whether its trade is here. */
export function tradePresence(db: TradeDb, tradeId: string): TradePresence {
  if (findTrade(db, tradeId)) return 'present';
  return flowRunning(findRequest(db, tradeId)) ? 'running' : 'absent';
}
