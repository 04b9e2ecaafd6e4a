import { setup } from 'xstate';

/** Seata's GlobalStatus names, as the coordinator's log stores them. */
export const globalTransactionStatuses = [
  'Begin',
  'Committing',
  'CommitRetrying',
  'Rollbacking',
  'RollbackRetrying',
  'TimeoutRollbacking',
  'Committed',
  'Rollbacked',
  'TimeoutRollbacked',
  'CommitRetryTimeout',
  'RollbackRetryTimeout',
] as const;
export type GlobalTransactionStatus = (typeof globalTransactionStatuses)[number];
export const isGlobalTransactionStatus = (name: string): name is GlobalTransactionStatus =>
  (globalTransactionStatuses as readonly string[]).includes(name);

/**
 * What the log says of the decision, as tags: exactly one of `undecided`, `commit`, `rollback` on
 * every status (decided? which way?), and `parked` where retries ran out and a person must resume.
 * Done is XState's own: the final statuses.
 */
export const globalTransactionTags = ['undecided', 'commit', 'rollback', 'parked'] as const;
export type GlobalTransactionTag = (typeof globalTransactionTags)[number];

/**
 * Events say what happened. The TC checks what lies behind them (every Try succeeded, the retry
 * limit in settings) before it sends one, so they carry no data. Listed as values too: the
 * coordinator's log stores them.
 */
export const globalTransactionEventTypes = [
  'commit.requested',
  'rollback.requested',
  'timeout.expired',
  'phase2.failed',
  'phase2.completed',
  'retries.exhausted',
  'retry.requested',
] as const;
export type GlobalTransactionEventType = (typeof globalTransactionEventTypes)[number];
export type GlobalTransactionEvent = { [T in GlobalTransactionEventType]: { type: T } }[GlobalTransactionEventType];

/**
 * A global transaction, as Seata's TC sees it. A decision once logged never changes direction: no
 * committing status has an edge to a rolling-back one, nor the other way.
 */
export const globalTransactionMachine = setup({
  types: {
    events: {} as GlobalTransactionEvent,
    tags: {} as GlobalTransactionTag,
  },
}).createMachine({
  id: 'globalTransaction',
  initial: 'Begin',
  states: {
    Begin: {
      tags: ['undecided'],
      description: 'The TM began the global transaction and its branches run their Try; nothing is decided yet.',
      on: {
        'commit.requested': { target: 'Committing' },
        // A failed Try, or one with no definite answer: TCC never guesses, and an empty rollback is safe.
        'rollback.requested': { target: 'Rollbacking' },
        // The TM died before deciding: the TC decides for it, and only rolling back is safe.
        'timeout.expired': { target: 'TimeoutRollbacking' },
      },
    },
    Committing: {
      tags: ['commit'],
      description: "The decision to commit is logged; the TC calls each branch's Confirm.",
      on: {
        'phase2.failed': { target: 'CommitRetrying' },
        'phase2.completed': { target: 'Committed' },
      },
    },
    CommitRetrying: {
      tags: ['commit'],
      description: 'A Confirm failed or had no definite answer; the TC sends it again at a fixed interval.',
      on: {
        'phase2.failed': { target: 'CommitRetrying' },
        'phase2.completed': { target: 'Committed' },
        'retries.exhausted': { target: 'CommitRetryTimeout' },
      },
    },
    CommitRetryTimeout: {
      tags: ['commit', 'parked'],
      description: 'The Confirm retries passed their limit: parked, still to commit, until a person resumes it.',
      on: { 'retry.requested': { target: 'CommitRetrying' } },
    },
    Rollbacking: {
      tags: ['rollback'],
      description: "The decision to roll back is logged; the TC calls each branch's Cancel.",
      on: {
        'phase2.failed': { target: 'RollbackRetrying' },
        'phase2.completed': { target: 'Rollbacked' },
      },
    },
    RollbackRetrying: {
      tags: ['rollback'],
      description: 'A Cancel failed or had no definite answer; the TC sends it again at a fixed interval.',
      on: {
        'phase2.failed': { target: 'RollbackRetrying' },
        'phase2.completed': { target: 'Rollbacked' },
        'retries.exhausted': { target: 'RollbackRetryTimeout' },
      },
    },
    TimeoutRollbacking: {
      tags: ['rollback'],
      description: "Still Begin past its timeout, the TM gone: the TC rolls back, calling each branch's Cancel until it succeeds.",
      on: {
        'phase2.failed': { target: 'TimeoutRollbacking' },
        'phase2.completed': { target: 'TimeoutRollbacked' },
        'retries.exhausted': { target: 'RollbackRetryTimeout' },
      },
    },
    RollbackRetryTimeout: {
      tags: ['rollback', 'parked'],
      description: 'The Cancel retries passed their limit: parked, still to roll back, until a person resumes it.',
      on: { 'retry.requested': { target: 'RollbackRetrying' } },
    },
    Committed: {
      type: 'final',
      tags: ['commit'],
      description: 'Every branch confirmed: the global transaction is committed.',
    },
    Rollbacked: {
      type: 'final',
      tags: ['rollback'],
      description: 'Every branch cancelled: the global transaction is rolled back.',
    },
    TimeoutRollbacked: {
      type: 'final',
      tags: ['rollback'],
      description: 'Every branch cancelled after the timeout: rolled back without the TM ever deciding.',
    },
  },
});
