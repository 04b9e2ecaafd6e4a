import path from 'node:path';
import type { NotState } from '../fingerprint';
import { openDatabase, migrationsFolder } from '../open';
import * as schema from './schema';

export type TradeDb = ReturnType<typeof openTradeDb>;

/** The trade service's database (data/trade.db): trades, the pay-order mirror, the trade branch's fence, events. */
export function openTradeDb(dir: string) {
  return openDatabase(path.join(dir, 'trade.db'), schema, migrationsFolder('trade'));
}

/** What of trade.db is not state: the event log, the clocks, and a last error's wording. */
export const tradeNotState: NotState = {
  tables: ['trade_event'],
  columns: {
    trade_request: ['requested_at', 'next_redrive_at'],
    trade_order: ['created_at', 'updated_at'],
    pay_order: ['next_retry_at', 'last_error', 'updated_at'],
    tcc_fence_log: ['at'],
  },
};

export { schema as tradeSchema };
