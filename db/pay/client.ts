import path from 'node:path';
import type { NotState } from '../fingerprint';
import { openDatabase, migrationsFolder } from '../open';
import * as schema from './schema';

export type PayDb = ReturnType<typeof openPayDb>;

/** The pay service's database (data/pay.db): accounts, the provider's pay orders, the fences (per pay order, per branch), events. */
export function openPayDb(dir: string) {
  return openDatabase(path.join(dir, 'pay.db'), schema, migrationsFolder('pay'));
}

/** What of pay.db is not state: the event log and the clocks. */
export const payNotState: NotState = {
  tables: ['pay_event'],
  columns: { pay_order: ['created_at', 'updated_at'], fence: ['at'], tcc_fence_log: ['at'] },
};

export { schema as paySchema };
