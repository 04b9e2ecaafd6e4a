import { and, asc, desc, eq, gt, inArray } from 'drizzle-orm';
import type { TcDb } from '@/db/tc/client';
import { globalTransaction, tcEvent } from '@/db/tc/schema';
import type { GlobalView } from './contract';
import type { TcCrashPoint, TcEvent } from './tc-events';
import { asTcEvent } from './tc-events';
import { findGlobal, viewOf, xidOf } from './tc-log';

/** One event of the TC's log as a trade's story tells it: its row id, when, and the transaction it was about. */
export type TcStoryEvent = { id: number; at: number; tradeId: string | null; xid: string | null } & TcEvent;

/** Whether the coordinator answers, as its own log last said: down since a crash at a point, or up. */
export type CoordinatorStatus = { up: true } | { up: false; point: TcCrashPoint; since: number; xid: string | null };

/**
 * What an auditor reads of the coordinator's log for one trade: its global transactions, oldest
 * first, each with its branches.
 */
export function globalsOfTrade(db: TcDb, tradeId: string): GlobalView[] {
  return db
    .select({ id: globalTransaction.id })
    .from(globalTransaction)
    .where(eq(globalTransaction.tradeId, tradeId))
    .orderBy(asc(globalTransaction.id))
    .all()
    .map(({ id }) => viewOf(db, findGlobal(db, id)!));
}

const story = (row: typeof tcEvent.$inferSelect): TcStoryEvent => {
  const { id, at, xid, tradeId, ...event } = asTcEvent(row);
  return { id, at, tradeId, xid: xid === null ? null : xidOf(xid), ...event };
};

/**
 * The TC's events for one trade, in commit order: every event about its transactions, and the
 * restart that followed each crash of one of them (a restart names no trade: it resumes them all).
 */
export function tcEventsOfTrade(db: TcDb, tradeId: string): TcStoryEvent[] {
  const own = db.select().from(tcEvent).where(eq(tcEvent.tradeId, tradeId)).orderBy(asc(tcEvent.id)).all();
  const restarts = own
    .filter((row) => row.type === 'tc.crashed')
    .map((crash) =>
      db
        .select()
        .from(tcEvent)
        .where(and(eq(tcEvent.type, 'tc.restarted'), gt(tcEvent.id, crash.id)))
        .orderBy(asc(tcEvent.id))
        .limit(1)
        .get(),
    )
    .filter((row) => row !== undefined);
  const unique = new Map([...own, ...restarts].map((row) => [row.id, row]));
  return [...unique.values()].sort((a, b) => a.id - b.id).map(story);
}

/**
 * Up or down, from the log alone: the last crash or restart it recorded. A new process starts
 * the TC up, with whatever an earlier one logged, so this is the log's word, not the process's.
 */
export function coordinatorStatus(db: TcDb): CoordinatorStatus {
  const last = db
    .select()
    .from(tcEvent)
    .where(inArray(tcEvent.type, ['tc.crashed', 'tc.restarted']))
    .orderBy(desc(tcEvent.id))
    .limit(1)
    .get();
  if (!last) return { up: true };
  const event = story(last);
  return event.type === 'tc.crashed' ? { up: false, point: event.detail.point, since: event.at, xid: event.xid } : { up: true };
}
