import path from 'node:path';
import { openDatabase, migrationsFolder } from '../open';
import * as schema from './schema';

export type TradeDb = ReturnType<typeof openTradeDb>;

/** The trade service's database (data/trade.db): trades, the pay-order mirror, events. */
export function openTradeDb(dir: string) {
  return openDatabase(path.join(dir, 'trade.db'), schema, migrationsFolder('trade'));
}

export { schema as tradeSchema };
