import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';

/** The folder holding both services' databases: DATA_DIR, else ./data. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? 'data');
}

/**
 * Opens one service's SQLite file and brings it to the latest migration. WAL lets readers
 * (the SSE stream, the consistency checker) run beside the writer; the busy timeout covers
 * another process holding the write lock briefly.
 */
export function openDatabase<S extends Record<string, unknown>>(file: string, schema: S, migrationsFolder: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = applyPragmas(new Database(file));
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return db;
}

/** The connection settings both services use (and the benchmark's raw baseline, to compare like with like). */
export function applyPragmas(sqlite: Database.Database): Database.Database {
  // Small rows: every page a commit touches is written to the WAL, and smaller pages cost less.
  // (Takes effect when the file is created; an existing database keeps its page size.)
  sqlite.pragma('page_size = 1024');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  return sqlite;
}

export function migrationsFolder(service: 'trade' | 'pay' | 'tc'): string {
  // Migrations ship with the source tree; the lab always runs from its root.
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', service, 'migrations');
}
