import { sql } from 'drizzle-orm';
import type { TradeDb } from '@/db/trade/client';
import { payOrderMirror, tccFenceLog, tradeEvent, tradeOrder, tradeRequest } from '@/db/trade/schema';

/**
 * Empties the trade service's tables (in the caller's transaction). Ids keep counting up, so an old SSE cursor stays valid:
 * trade ids by AUTOINCREMENT, event ids because the newest event row stays behind.
 */
export function clearTradeDb(db: TradeDb): void {
  db.delete(tradeEvent)
    .where(sql`${tradeEvent.id} < (select max(id) from ${tradeEvent})`)
    .run();
  for (const table of [payOrderMirror, tradeOrder, tradeRequest, tccFenceLog]) db.delete(table).run();
}

/** Empties the trade service's tables and restarts its ids (t-1 again): a scratch lab replaying schedules one after another. */
export function wipeTradeDb(db: TradeDb): void {
  for (const table of [tradeEvent, payOrderMirror, tradeOrder, tradeRequest, tccFenceLog]) db.delete(table).run();
  db.run(sql`delete from sqlite_sequence`);
}
