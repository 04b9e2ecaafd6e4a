import { and, asc, count, desc, eq, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import { inTransaction, prepared, updateById } from '@/db/prepared';
import type { TcDb } from '@/db/tc/client';
import { branchTransaction, globalTransaction, tcEvent } from '@/db/tc/schema';
import { isBranchStatus, type BranchStatus } from '@/lib/global-tx/branch.machine';
import { isGlobalTransactionStatus, type GlobalTransactionStatus } from '@/lib/global-tx/global-transaction.machine';
import { isBranchResource, isGlobalAction, type BranchResource, type GlobalAction, type GlobalView } from './contract';
import { asTcEvent, type TcEvent } from './tc-events';

/** The TC's ids: x-<n> for a global transaction, b-<n> for a branch — a row's number, never reused. */
export const xidOf = (id: number) => `x-${id}`;
export const branchIdOf = (id: number) => `b-${id}`;
export const numberOf = (id: string) => Number(id.slice(2));

export interface GlobalRow {
  id: number;
  tradeId: string;
  action: GlobalAction;
  status: GlobalTransactionStatus;
  timeoutAt: number;
  attempts: number;
  nextRetryAt: number | null;
}

export interface BranchRow {
  id: number;
  xid: number;
  resource: BranchResource;
  status: BranchStatus;
  applicationData: unknown;
  attempts: number;
}

function checked<T extends string>(value: string, is: (v: string) => v is T, column: string): T {
  if (!is(value)) throw new Error(`${column} holds ${JSON.stringify(value)}, outside the coordinator's vocabulary`);
  return value;
}

const asGlobal = (row: typeof globalTransaction.$inferSelect): GlobalRow => ({
  id: row.id,
  tradeId: row.tradeId,
  action: checked(row.action, isGlobalAction, 'global_transaction.action'),
  status: checked(row.status, isGlobalTransactionStatus, 'global_transaction.status'),
  timeoutAt: row.timeoutAt,
  attempts: row.attempts,
  nextRetryAt: row.nextRetryAt,
});

const asBranch = (row: typeof branchTransaction.$inferSelect): BranchRow => ({
  id: row.id,
  xid: row.xid,
  resource: checked(row.resource, isBranchResource, 'branch_transaction.resource'),
  status: checked(row.status, isBranchStatus, 'branch_transaction.status'),
  applicationData: row.applicationData,
  attempts: row.attempts,
});

/** One unit of work on tc.db: one transaction. */
export const logged = <T>(db: TcDb, work: () => T): T => inTransaction(db, work);

const p = sql.placeholder;

// Every statement on the TC's hot path is prepared once per connection (db/prepared.ts): building
// drizzle's SQL on each call cost more than the commits themselves (a V3 create makes seven).

export function insertGlobal(db: TcDb, row: Omit<GlobalRow, 'id' | 'attempts' | 'nextRetryAt'> & { at: number }): GlobalRow {
  const inserted = prepared(db, 'insertGlobal', () =>
    db
      .insert(globalTransaction)
      .values({
        tradeId: p('tradeId'),
        action: p('action'),
        status: p('status'),
        timeoutAt: p('timeoutAt'),
        begunAt: p('at'),
        updatedAt: p('at'),
      })
      .returning()
      .prepare(),
  ).get(row);
  return asGlobal(inserted!);
}

export function findGlobal(db: TcDb, id: number): GlobalRow | undefined {
  const row = prepared(db, 'findGlobal', () =>
    db
      .select()
      .from(globalTransaction)
      .where(eq(globalTransaction.id, p('id')))
      .prepare(),
  ).get({ id });
  return row && asGlobal(row);
}

export function updateGlobal(db: TcDb, id: number, set: Partial<Omit<GlobalRow, 'id'>> & { updatedAt: number }): void {
  updateById(db, globalTransaction, globalTransaction.id, id, set);
}

/** Transactions in one of these statuses, oldest first. */
export function globalsIn(db: TcDb, statuses: readonly GlobalTransactionStatus[]): GlobalRow[] {
  return prepared(db, `globalsIn:${statuses.join(',')}`, () =>
    db
      .select()
      .from(globalTransaction)
      .where(inArray(globalTransaction.status, [...statuses]))
      .orderBy(asc(globalTransaction.id))
      .prepare(),
  )
    .all()
    .map(asGlobal);
}

/** A global transaction as a person reads the log: its row, and when it began and last moved. */
export interface LoggedGlobal extends GlobalRow {
  begunAt: number;
  updatedAt: number;
}

/** Which transactions a page of the log holds: newest first, below the cursor `before` (a row id), of one trade if named. */
export interface GlobalsPage {
  limit: number;
  before?: number;
  tradeId?: string;
}

const ofTrade = (tradeId: string | undefined): SQL | undefined =>
  tradeId === undefined ? undefined : eq(globalTransaction.tradeId, tradeId);

/** One page of the log, newest first. */
export function globalsPage(db: TcDb, page: GlobalsPage): LoggedGlobal[] {
  const below = page.before === undefined ? undefined : lt(globalTransaction.id, page.before);
  return db
    .select()
    .from(globalTransaction)
    .where(and(ofTrade(page.tradeId), below))
    .orderBy(desc(globalTransaction.id))
    .limit(page.limit)
    .all()
    .map((row) => ({ ...asGlobal(row), begunAt: row.begunAt, updatedAt: row.updatedAt }));
}

/** How many transactions the log holds (of one trade, if named). */
export function countGlobals(db: TcDb, tradeId?: string): number {
  return db.select({ n: count() }).from(globalTransaction).where(ofTrade(tradeId)).get()?.n ?? 0;
}

/** Transactions still Begin past their timeout. */
export function timedOut(db: TcDb, now: number): GlobalRow[] {
  return prepared(db, 'timedOut', () =>
    db
      .select()
      .from(globalTransaction)
      .where(and(eq(globalTransaction.status, 'Begin'), lte(globalTransaction.timeoutAt, p('now'))))
      .orderBy(asc(globalTransaction.id))
      .prepare(),
  )
    .all({ now })
    .map(asGlobal);
}

export function insertBranch(db: TcDb, row: Omit<BranchRow, 'id' | 'attempts'> & { at: number }): BranchRow {
  const inserted = prepared(db, 'insertBranch', () =>
    db
      .insert(branchTransaction)
      .values({ xid: p('xid'), resource: p('resource'), status: p('status'), applicationData: p('applicationData'), updatedAt: p('at') })
      .returning()
      .prepare(),
  ).get(row);
  return asBranch(inserted!);
}

export function branchesOf(db: TcDb, xid: number): BranchRow[] {
  return prepared(db, 'branchesOf', () =>
    db
      .select()
      .from(branchTransaction)
      .where(eq(branchTransaction.xid, p('xid')))
      .orderBy(asc(branchTransaction.id))
      .prepare(),
  )
    .all({ xid })
    .map(asBranch);
}

export function updateBranch(db: TcDb, id: number, set: Partial<Pick<BranchRow, 'status' | 'attempts'>> & { updatedAt: number }): void {
  updateById(db, branchTransaction, branchTransaction.id, id, set);
}

export function insertTcEvent(db: TcDb, row: { at: number; xid: number | null; tradeId: string | null } & TcEvent): void {
  prepared(db, 'insertTcEvent', () =>
    db
      .insert(tcEvent)
      .values({ at: p('at'), xid: p('xid'), tradeId: p('tradeId'), type: p('type'), detail: p('detail') })
      .prepare(),
  ).run(row);
}

export function tcEventsOf(db: TcDb, xid: number) {
  return db.select().from(tcEvent).where(eq(tcEvent.xid, xid)).orderBy(asc(tcEvent.id)).all().map(asTcEvent);
}

/** A global transaction and its branches as the TC's log holds them. */
export function viewOf(db: TcDb, global: GlobalRow): GlobalView {
  return {
    xid: xidOf(global.id),
    tradeId: global.tradeId,
    action: global.action,
    status: global.status,
    attempts: global.attempts,
    branches: branchesOf(db, global.id).map((b) => ({
      branchId: branchIdOf(b.id),
      resource: b.resource,
      status: b.status,
      attempts: b.attempts,
    })),
  };
}

/** Empties the log (in the caller's transaction); ids keep counting up. */
export function clearTcDb(db: TcDb): void {
  for (const table of [tcEvent, branchTransaction, globalTransaction]) db.delete(table).run();
}

/** Empties the log and restarts its ids (x-1 again): a scratch lab replaying schedules one after another. */
export function wipeTcDb(db: TcDb): void {
  clearTcDb(db);
  db.run(sql`delete from sqlite_sequence`);
}
