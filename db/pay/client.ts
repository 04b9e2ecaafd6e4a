import path from 'node:path';
import { openDatabase, migrationsFolder } from '../open';
import * as schema from './schema';

export type PayDb = ReturnType<typeof openPayDb>;

/** The pay service's database (data/pay.db): accounts, the provider's pay orders, the fence, events. */
export function openPayDb(dir: string) {
  return openDatabase(path.join(dir, 'pay.db'), schema, migrationsFolder('pay'));
}

export { schema as paySchema };
