import { eq, getTableName, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type Database from 'better-sqlite3';

type Db = BetterSQLite3Database<Record<string, unknown>> & { $client: Database.Database };

const statements = new WeakMap<object, Map<string, unknown>>();
const transactions = new WeakMap<object, (fn: () => unknown) => unknown>();

/**
 * A prepared statement built once per connection. Drizzle otherwise rebuilds the SQL and
 * SQLite re-prepares it on every call, which cost more than the write itself on the hot paths.
 */
export function prepared<T>(db: object, key: string, build: () => T): T {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(key) as T | undefined;
  if (statement === undefined) cache.set(key, (statement = build()));
  return statement;
}

/**
 * Runs `fn` in one SQLite transaction on this connection (nested calls become savepoints).
 * The wrapper is made once per connection; statements inside use the same connection.
 */
export function inTransaction<T>(db: { $client: Database.Database }, fn: () => T): T {
  let run = transactions.get(db.$client);
  if (!run) transactions.set(db.$client, (run = db.$client.transaction((f: () => unknown) => f())));
  return run(fn) as T;
}

/** UPDATE table SET <the given columns> WHERE key = ?, prepared once per set of columns. */
export function updateById(db: object, table: SQLiteTable, keyColumn: SQLiteColumn, id: unknown, set: Record<string, unknown>): void {
  // The same columns named in another order get a statement of their own: cheaper than sorting on every call.
  const columns = Object.keys(set).filter((k) => set[k] !== undefined);
  if (!columns.length) return;
  const statement = prepared(db, `update:${getTableName(table)}:${columns.join(',')}`, () =>
    (db as Db)
      .update(table)
      .set(Object.fromEntries(columns.map((c) => [c, sql.placeholder(c)])) as never)
      .where(eq(keyColumn, sql.placeholder('__key')))
      .prepare(),
  );
  statement.run({ ...set, __key: id });
}
