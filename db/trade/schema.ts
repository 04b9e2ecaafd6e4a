import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { tccFenceLogTable } from '../tcc-fence-log';

/** A trade row's status; `deleting` is V2's logical delete, kept until the provider's cancel is definite. */
export const tradeStatuses = ['created', 'confirmed', 'deleting'] as const;

/**
 * Every POST /api/trades the trade service received, committed before the flow runs, so
 * that a trade whose local transaction rolled back is still counted (the "neither" quadrant)
 * and an idempotency key maps to one trade.
 */
export const tradeRequest = sqliteTable(
  'trade_request',
  {
    /** Trade t-<id>; AUTOINCREMENT so an id is never handed out twice, even after a rollback. */
    id: integer('id').primaryKey({ autoIncrement: true }),
    idempotencyKey: text('idempotency_key'),
    amountCents: integer('amount_cents').notNull(),
    /** The caller's strategy (lib's vocabulary, checked on every read). */
    strategy: text('strategy').notNull(),
    requestedAt: integer('requested_at').notNull(),
    /**
     * How the create was answered: `created`, the refusal's code when it left no trade (a repeat
     * with the same key gets it again), or `interrupted` when a restart cut its flow off; null
     * while the flow runs (lib's vocabulary, checked on every read).
     */
    answer: text('answer'),
    /** The last operation asked for on this trade: what a V1 re-drive repeats, and why a trade may be gone. */
    lastOp: text('last_op').notNull().default('create'),
    /**
     * V1 keeps no record of owed work; the lab's sweep re-drives its last operation from the
     * local row instead (the note's "retry"). `owed` until a re-drive gets a definite answer.
     */
    redrive: text('redrive', { enum: ['owed', 'done'] }),
    redriveAttempts: integer('redrive_attempts').notNull().default(0),
    nextRedriveAt: integer('next_redrive_at'),
  },
  // Partial indexes: a request without a key, or with nothing to re-drive, costs no index write.
  (t) => [
    uniqueIndex('trade_request_key_idx')
      .on(t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
    index('trade_request_redrive_idx')
      .on(t.nextRedriveAt)
      .where(sql`${t.redrive} = 'owed'`),
  ],
);

export const tradeOrder = sqliteTable('trade_order', {
  id: text('id').primaryKey(),
  amountCents: integer('amount_cents').notNull(),
  strategy: text('strategy').notNull(),
  status: text('status', { enum: tradeStatuses }).notNull(),
  /**
   * V3: the operation a global transaction has tried on this row and not yet confirmed or
   * cancelled (lib's vocabulary, checked on every read); null when none is between its Try and its end.
   */
  pending: text('pending'),
  /** That global transaction's xid: only its own Confirm or Cancel ends what it tried. */
  heldBy: text('held_by'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** The caller's mirror of the provider's pay order (V2 only): the machine's state and what is owed. */
export const payOrderMirror = sqliteTable(
  'pay_order',
  {
    id: text('id').primaryKey(),
    /** One mirror per trade; its id is derived from the trade id, so lookups go by primary key. */
    tradeId: text('trade_id').notNull(),
    amountCents: integer('amount_cents').notNull(),
    /** The pay-order machine's state and the operation it owes (the machine's vocabulary, checked on every read). */
    state: text('state').notNull(),
    owed: text('owed'),
    attempts: integer('attempts').notNull().default(0),
    /** When the recovery worker may re-send the owed operation; null = nothing scheduled. */
    nextRetryAt: integer('next_retry_at'),
    lastError: text('last_error'),
    /** Set when retries stopped (by hand or after the maximum attempts): needs attention. */
    parked: integer('parked', { mode: 'boolean' }).notNull().default(false),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('pay_order_owed_idx')
      .on(t.nextRetryAt)
      .where(sql`${t.owed} is not null and ${t.parked} = 0`),
  ],
);

/** The trade branch's fence (V3), after Seata's tcc_fence_log: the trade service is a branch's owner too. */
export const tccFenceLog = tccFenceLogTable();

/**
 * What happened, in commit order: the id is the SSE event id. A plain rowid (no AUTOINCREMENT,
 * which writes one more page per commit): ids only grow, as the table is never emptied whole.
 */
export const tradeEvent = sqliteTable(
  'trade_event',
  {
    id: integer('id').primaryKey(),
    at: integer('at').notNull(),
    tradeId: text('trade_id'),
    type: text('type').notNull(),
    /** JSON; its shape per `type` is the trade service's to check on every read. */
    detail: text('detail', { mode: 'json' }).notNull().$type<unknown>(),
  },
  (t) => [index('trade_event_trade_idx').on(t.tradeId, t.id)],
);
