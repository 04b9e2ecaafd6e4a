import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The coordinator's log of global transactions, one per operation of the note (a trade's
 * create, confirm or delete), with Seata's GlobalStatus (lib's vocabulary, checked on every
 * read). The decision is written here before any branch hears of it.
 */
export const globalTransaction = sqliteTable(
  'global_transaction',
  {
    /** The transaction x-<id>; AUTOINCREMENT so an id is never handed out twice. */
    id: integer('id').primaryKey({ autoIncrement: true }),
    tradeId: text('trade_id').notNull(),
    /** The note's operation the transaction carries out: create, confirm or delete. */
    action: text('action').notNull(),
    status: text('status').notNull(),
    /** Still Begin after this, the TM is taken for dead and the transaction rolled back. */
    timeoutAt: integer('timeout_at').notNull(),
    /** Phase-2 rounds so far, and when the next is due (null: none scheduled). */
    attempts: integer('attempts').notNull().default(0),
    nextRetryAt: integer('next_retry_at'),
    begunAt: integer('begun_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('global_transaction_status_idx').on(t.status)],
);

/** Each branch registered with a global transaction — the trade service's and the pay service's — with Seata's BranchStatus. */
export const branchTransaction = sqliteTable(
  'branch_transaction',
  {
    /** The branch b-<id>. */
    id: integer('id').primaryKey({ autoIncrement: true }),
    xid: integer('xid').notNull(),
    /** Whose resource: the service that runs its Try, Confirm and Cancel. */
    resource: text('resource').notNull(),
    status: text('status').notNull(),
    /** What the branch's owner gave at registration, handed back with its Confirm or Cancel (Seata's applicationData). */
    applicationData: text('application_data', { mode: 'json' }).notNull().$type<unknown>(),
    /** Phase-2 calls made to it so far. */
    attempts: integer('attempts').notNull().default(0),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('branch_transaction_xid_idx').on(t.xid, t.id)],
);

/** What happened at the coordinator, in commit order. */
export const tcEvent = sqliteTable(
  'tc_event',
  {
    id: integer('id').primaryKey(),
    at: integer('at').notNull(),
    xid: integer('xid'),
    tradeId: text('trade_id'),
    type: text('type').notNull(),
    detail: text('detail', { mode: 'json' }).notNull().$type<unknown>(),
  },
  (t) => [index('tc_event_xid_idx').on(t.xid)],
);
