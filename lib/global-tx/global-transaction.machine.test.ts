import { describe, expect, expectTypeOf, it } from 'vitest';
import { globalTransactions } from './decide';
import {
  globalTransactionEventTypes as eventTypes,
  globalTransactionMachine,
  globalTransactionStatuses as statuses,
  globalTransactionTags,
  isGlobalTransactionStatus,
  type GlobalTransactionEventType,
  type GlobalTransactionStatus,
  type GlobalTransactionTag,
} from './global-transaction.machine';
import { itKeepsItsTable, type Edge } from './machine-laws';

/** Every transition of a global transaction, in the note's and Seata's words. */
const edges: Edge<GlobalTransactionStatus, GlobalTransactionEventType>[] = [
  ['Begin', 'commit.requested', 'Committing', 'every Try succeeded, the TM asks to commit: the decision is logged first'],
  ['Begin', 'rollback.requested', 'Rollbacking', 'a Try failed or its answer is unknown, the TM asks to roll back'],
  ['Begin', 'timeout.expired', 'TimeoutRollbacking', 'the TM died before deciding: past its timeout the TC rolls back'],
  ['Committing', 'phase2.failed', 'CommitRetrying', 'a Confirm failed or had no definite answer: it is retried'],
  ['CommitRetrying', 'phase2.failed', 'CommitRetrying', 'a retried Confirm failed again: retried again'],
  ['Rollbacking', 'phase2.failed', 'RollbackRetrying', 'a Cancel failed or had no definite answer: it is retried'],
  ['RollbackRetrying', 'phase2.failed', 'RollbackRetrying', 'a retried Cancel failed again: retried again'],
  ['TimeoutRollbacking', 'phase2.failed', 'TimeoutRollbacking', 'a Cancel after the timeout failed: retried, still a timeout rollback'],
  ['Committing', 'phase2.completed', 'Committed', 'every branch confirmed at the first call'],
  ['CommitRetrying', 'phase2.completed', 'Committed', 'the retried Confirms succeeded'],
  ['Rollbacking', 'phase2.completed', 'Rollbacked', 'every branch cancelled at the first call'],
  ['RollbackRetrying', 'phase2.completed', 'Rollbacked', 'the retried Cancels succeeded'],
  ['TimeoutRollbacking', 'phase2.completed', 'TimeoutRollbacked', 'every branch cancelled after the timeout'],
  ['CommitRetrying', 'retries.exhausted', 'CommitRetryTimeout', 'past the retry limit: parked for a person'],
  ['RollbackRetrying', 'retries.exhausted', 'RollbackRetryTimeout', 'past the retry limit: parked for a person'],
  ['TimeoutRollbacking', 'retries.exhausted', 'RollbackRetryTimeout', 'past the retry limit after the timeout: parked for a person'],
  ['CommitRetryTimeout', 'retry.requested', 'CommitRetrying', 'a person resumes it: the Confirms are retried'],
  ['RollbackRetryTimeout', 'retry.requested', 'RollbackRetrying', 'a person resumes it: the Cancels are retried'],
];

/** What each status says of the decision: the questions the TC, the explorer and the map ask. */
const tagsOf: [GlobalTransactionStatus, GlobalTransactionTag[]][] = [
  ['Begin', ['undecided']],
  ['Committing', ['commit']],
  ['CommitRetrying', ['commit']],
  ['CommitRetryTimeout', ['commit', 'parked']],
  ['Committed', ['commit']],
  ['Rollbacking', ['rollback']],
  ['RollbackRetrying', ['rollback']],
  ['TimeoutRollbacking', ['rollback']],
  ['RollbackRetryTimeout', ['rollback', 'parked']],
  ['Rollbacked', ['rollback']],
  ['TimeoutRollbacked', ['rollback']],
];

const directionOf = (status: GlobalTransactionStatus) => {
  const snapshot = globalTransactions.restore(status);
  return (['undecided', 'commit', 'rollback'] as const).filter((tag) => snapshot.hasTag(tag));
};

describe('the global transaction machine', () => {
  itKeepsItsTable({
    machine: globalTransactionMachine,
    decider: globalTransactions,
    statuses,
    initial: 'Begin',
    eventTypes,
    finals: ['Committed', 'Rollbacked', 'TimeoutRollbacked'],
    edges,
  });

  it('decides with the statuses listed as values', () => {
    expectTypeOf(globalTransactions.initial()).toEqualTypeOf<GlobalTransactionStatus>();
    expect(statuses.every(isGlobalTransactionStatus)).toBe(true);
    expect(isGlobalTransactionStatus('Finished')).toBe(false);
  });

  it.each(tagsOf)('%s is tagged %j', (status, tags) => {
    expect(globalTransactions.restore(status).tags).toEqual(new Set(tags));
    // Exactly one answer to "decided? which way?"
    expect(directionOf(status)).toHaveLength(1);
  });

  it('tags every status with the listed tags, and only Begin is undecided', () => {
    expect(tagsOf.map(([status]) => status).sort()).toEqual([...statuses].sort());
    expect(new Set(tagsOf.flatMap(([, tags]) => tags))).toEqual(new Set(globalTransactionTags));
    expect(statuses.filter((s) => directionOf(s)[0] === 'undecided')).toEqual(['Begin']);
  });

  it('has no edge from a committing status to a rolling-back one, nor back: a logged decision never changes direction', () => {
    for (const from of statuses) {
      for (const type of eventTypes) {
        const decision = globalTransactions.decide(from, { type });
        const [before] = directionOf(from);
        if (decision.accepted && before !== 'undecided') expect(directionOf(decision.next), `${from} --${type}-->`).toEqual([before]);
      }
    }
  });
});
