import { Column, eq, getTableName, is, Param, Placeholder, sql } from 'drizzle-orm';
import { PreparedQuery } from 'drizzle-orm/better-sqlite3/session';
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
  if (statement === undefined) {
    const built = build();
    cache.set(key, (statement = built instanceof PreparedQuery ? (direct(built) as T) : built));
  }
  return statement;
}

type Encode = (value: unknown) => unknown;
type Binding = { constant: unknown } | { name: string; encode?: Encode };
type Output = { key: string; decode?: Encode };

const plainEncode = Column.prototype.mapToDriverValue;
const plainDecode = Column.prototype.mapFromDriverValue;

/**
 * The same statement, run straight on better-sqlite3 with its parameter list and row shape
 * worked out once. Drizzle's prepared query works both out again on every call (each
 * parameter and column goes through `is()`'s prototype walk): ~15 % of a V2 flow, measured.
 * Drizzle still writes the SQL and names the columns; shapes it has more to say about
 * (joins, nested selections, custom mappers) are left to drizzle.
 */
function direct(query: PreparedQuery) {
  const { stmt, fields, customResultMapper } = query as unknown as {
    stmt: Database.Statement;
    fields?: { path: string[]; field: unknown }[];
    customResultMapper?: unknown;
  };
  const outputs = fields?.map(({ path, field }): Output | undefined => {
    if (path.length !== 1 || !is(field, Column)) return undefined;
    return { key: path[0]!, decode: field.mapFromDriverValue === plainDecode ? undefined : (v) => field.mapFromDriverValue(v) };
  });
  const bindings = query.getQuery().params.map((param): Binding | undefined => {
    if (is(param, Placeholder)) return { name: param.name };
    if (is(param, Param)) {
      if (!is(param.value, Placeholder)) return undefined;
      const encoder = param.encoder as { mapToDriverValue?: Encode } | undefined;
      const encode =
        encoder?.mapToDriverValue && encoder.mapToDriverValue !== plainEncode ? (v: unknown) => encoder.mapToDriverValue!(v) : undefined;
      return { name: param.value.name, encode };
    }
    return { constant: param };
  });
  if (customResultMapper || outputs?.some((o) => !o) || bindings.some((b) => !b)) return query;

  const params = (values: Record<string, unknown> = {}) =>
    (bindings as Binding[]).map((b) => {
      if ('constant' in b) return b.constant;
      if (!(b.name in values)) throw new Error(`No value for placeholder "${b.name}" was provided`);
      const value = values[b.name];
      return b.encode ? b.encode(value) : value;
    });
  type Values = Record<string, unknown> | undefined;
  if (!fields) {
    return {
      run: (values: Values) => stmt.run(...params(values)),
      get: (values: Values) => stmt.get(...params(values)),
      all: (values: Values) => stmt.all(...params(values)),
    };
  }

  const raw = stmt.raw(true);
  const toRow = (row: unknown[]) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < row.length; i++) {
      const { key, decode } = (outputs as Output[])[i]!;
      const value = row[i];
      out[key] = value === null || !decode ? value : decode(value);
    }
    return out;
  };
  return {
    run: (values: Values) => raw.run(...params(values)),
    get: (values: Values) => {
      const row = raw.get(...params(values)) as unknown[] | undefined;
      return row && toRow(row);
    },
    all: (values: Values) => (raw.all(...params(values)) as unknown[][]).map(toRow),
  };
}

/**
 * Runs `fn` in one SQLite transaction on this connection (nested calls become savepoints).
 * The wrapper is made once per connection; statements inside use the same connection.
 */
export function inTransaction<T>(db: { $client: Database.Database }, fn: () => T): T {
  let run = transactions.get(db.$client);
  if (!run) transactions.set(db.$client, (run = db.$client.transaction((f: () => unknown) => f())));
  // A transaction inside another is a savepoint: only the outermost commits.
  const outermost = !db.$client.inTransaction;
  const result = run(fn) as T;
  if (outermost) countCommit(db.$client);
  return result;
}

const commits = new WeakMap<Database.Database, number>();

/** One more local commit on this connection: inTransaction counts its own; a transaction held open by hand is counted where it commits. */
export function countCommit(client: Database.Database): void {
  commits.set(client, (commits.get(client) ?? 0) + 1);
}

/** The local commits made on this connection so far: what an operation costs in fsyncs, counted. */
export const commitsOf = (db: { $client: Database.Database }): number => commits.get(db.$client) ?? 0;

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
