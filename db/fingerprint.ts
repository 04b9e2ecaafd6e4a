import type Database from 'better-sqlite3';

/**
 * What of a database is not its state: its logs (whole tables, which only grow) and its clocks
 * and free text (columns). Everything else — every table and column, one added tomorrow too — is.
 */
export interface NotState {
  tables: readonly string[];
  columns: Readonly<Record<string, readonly string[]>>;
}

interface Reader {
  schemaVersion: number;
  tables: { name: string; select: Database.Statement }[];
}

const readers = new WeakMap<Database.Database, Reader>();

/**
 * A database's state as a model checker compares states: every row of every table, read in
 * rowid order, less what `notState` names. The tables are listed from the database itself, so
 * a table no one told the explorer about is still seen: two states that differ only there are
 * never merged.
 */
export function fingerprint(sqlite: Database.Database, notState: NotState): unknown[] {
  return readerFor(sqlite, notState).tables.map(({ name, select }) => [name, select.raw().all()]);
}

function readerFor(sqlite: Database.Database, notState: NotState): Reader {
  const schemaVersion = sqlite.pragma('schema_version', { simple: true }) as number;
  const known = readers.get(sqlite);
  if (known?.schemaVersion === schemaVersion) return known;
  const names = (sqlite.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all() as string[]).filter(
    (name) => !name.startsWith('sqlite_') && !name.startsWith('__drizzle') && !notState.tables.includes(name),
  );
  const tables = names.map((name) => {
    const left = notState.columns[name] ?? [];
    const columns = (sqlite.pragma(`table_info(${quote(name)})`) as { name: string }[]).map((c) => c.name).filter((c) => !left.includes(c));
    // A table none of whose columns is state still counts its rows.
    const read = columns.length ? columns.map(quote).join(', ') : 'count(*)';
    return { name, select: sqlite.prepare(`select ${read} from ${quote(name)}${columns.length ? ' order by rowid' : ''}`) };
  });
  const reader = { schemaVersion, tables };
  readers.set(sqlite, reader);
  return reader;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
