import { sqliteTable, text, integer, primaryKey, index } from 'drizzle-orm/sqlite-core';
import { tccFenceLogTable } from '../tcc-fence-log';

export const account = sqliteTable('account', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  balanceCents: integer('balance_cents').notNull(),
  frozenCents: integer('frozen_cents').notNull(),
});

/**
 * The provider's own pay order; it never is `unknown`: the provider knows its state. The state's
 * vocabulary is the pay-order machine's, which the pay service checks on every read.
 */
export const providerPayOrder = sqliteTable('pay_order', {
  id: text('id').primaryKey(),
  tradeId: text('trade_id').notNull(),
  accountId: text('account_id').notNull(),
  amountCents: integer('amount_cents').notNull(),
  state: text('state').notNull(),
  /** How many times the amount was reserved; more than one only with the fence off. */
  reservations: integer('reservations').notNull().default(1),
  /**
   * The global transaction (xid) whose confirm or delete has passed its Try on this order and
   * not yet finished: another one's Try is refused until it does. Null when none.
   */
  heldBy: text('held_by'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/**
 * The TCC fence: one row per pay order and operation. It makes each operation idempotent
 * (a repeat gets the stored first answer, a refusal included), records an empty rollback (a
 * cancel before any try), and lets a try that arrives after its cancel be refused (anti-hanging).
 */
export const fence = sqliteTable(
  'fence',
  {
    payOrderId: text('pay_order_id').notNull(),
    /** A TCC operation of the pay-order machine. */
    op: text('op').notNull(),
    /** `empty` marks a cancel that found no try to release; `rejected`, a try or confirm refused for good. */
    outcome: text('outcome', { enum: ['done', 'empty', 'rejected'] }).notNull(),
    /** The first answer, as the fence wrote it: replayed to every repeat. */
    answer: text('answer', { mode: 'json' }).notNull(),
    at: integer('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.payOrderId, t.op] })],
);

/** The per-branch fence of a global transaction (V3), after Seata's tcc_fence_log. */
export const tccFenceLog = tccFenceLogTable();

export const payEvent = sqliteTable(
  'pay_event',
  {
    id: integer('id').primaryKey(),
    at: integer('at').notNull(),
    payOrderId: text('pay_order_id'),
    tradeId: text('trade_id'),
    type: text('type').notNull(),
    /** JSON; its shape per `type` is the pay service's to check on every read. */
    detail: text('detail', { mode: 'json' }).notNull().$type<unknown>(),
  },
  (t) => [index('pay_event_order_idx').on(t.payOrderId)],
);
