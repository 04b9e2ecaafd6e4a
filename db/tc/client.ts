import path from 'node:path';
import type { NotState } from '../fingerprint';
import { openDatabase, migrationsFolder } from '../open';
import * as schema from './schema';

export type TcDb = ReturnType<typeof openTcDb>;

/** The coordinator's database (data/tc.db): global transactions, their branches, its events. */
export function openTcDb(dir: string) {
  return openDatabase(path.join(dir, 'tc.db'), schema, migrationsFolder('tc'));
}

/** What of tc.db is not state: the event log and the clocks. */
export const tcNotState: NotState = {
  tables: ['tc_event'],
  columns: {
    global_transaction: ['timeout_at', 'next_retry_at', 'begun_at', 'updated_at'],
    branch_transaction: ['updated_at'],
  },
};
