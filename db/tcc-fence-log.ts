import { and, eq, sql } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { prepared } from './prepared';

/**
 * The per-branch fence of a global transaction (V3), after Seata's tcc_fence_log: one row per
 * branch, kept by each branch's owner in its own database and written in the same local
 * transaction as the branch's effect. `suspended` is a Cancel that came before any Try (an
 * empty rollback), kept so that the late Try is refused. One shape for every owner, so one
 * builder: each schema holds its own table made by it.
 */
export const tccFenceLogTable = () =>
  sqliteTable(
    'tcc_fence_log',
    {
      xid: text('xid').notNull(),
      branchId: text('branch_id').notNull(),
      /** The note's operation the global transaction runs. */
      action: text('action', { enum: ['create', 'confirm', 'delete'] }).notNull(),
      status: text('status', { enum: ['tried', 'committed', 'rollbacked', 'suspended'] }).notNull(),
      /** When the branch reached its status. */
      at: integer('at').notNull(),
    },
    (t) => [primaryKey({ columns: [t.xid, t.branchId] })],
  );

type FenceLog = ReturnType<typeof tccFenceLogTable>;
type FenceLogRow = FenceLog['$inferSelect'];
type Db = BetterSQLite3Database<Record<string, unknown>>;

const p = sql.placeholder;
const byBranch = (log: FenceLog) => and(eq(log.xid, p('xid')), eq(log.branchId, p('branchId')));

/** The status of one branch's row; undefined when it has none. */
export function fenceLogStatus(db: Db, log: FenceLog, branch: Pick<FenceLogRow, 'xid' | 'branchId'>): FenceLogRow['status'] | undefined {
  const row = prepared(db, 'fenceLogStatus', () => db.select({ status: log.status }).from(log).where(byBranch(log)).prepare()).get({
    xid: branch.xid,
    branchId: branch.branchId,
  });
  return row?.status;
}

/** Writes the branch's new status: its first row, or the one it had moved on. */
export function writeFenceLog(
  db: Db,
  log: FenceLog,
  branch: Pick<FenceLogRow, 'xid' | 'branchId' | 'action'>,
  status: FenceLogRow['status'],
  at: number,
  had: FenceLogRow['status'] | undefined,
): void {
  const row = { xid: branch.xid, branchId: branch.branchId, action: branch.action, status, at };
  if (had) {
    prepared(db, 'fenceLogUpdate', () =>
      db
        .update(log)
        .set({ status: sql`${p('status')}`, at: sql`${p('at')}` })
        .where(byBranch(log))
        .prepare(),
    ).run(row);
  } else {
    // A plain insert: the row was read as absent in this same transaction, so a conflict is a bug.
    prepared(db, 'fenceLogInsert', () =>
      db
        .insert(log)
        .values({ xid: p('xid'), branchId: p('branchId'), action: p('action'), status: p('status'), at: p('at') })
        .prepare(),
    ).run(row);
  }
}

/** Every branch's row, for an auditor reading the owner's record of each branch. */
export function readFenceLog(db: Db, log: FenceLog): FenceLogRow[] {
  return db.select().from(log).all();
}
