import { describe, expect, expectTypeOf, it } from 'vitest';
import { getSimplePaths } from 'xstate/graph';
import {
  branchEventTypes as eventTypes,
  branchMachine,
  branchStatuses as statuses,
  isBranchStatus,
  type BranchEventType,
  type BranchStatus,
} from './branch.machine';
import { branches } from './decide';
import { itKeepsItsTable, type Edge } from './machine-laws';

/** Every transition of a branch, in the note's and Seata's words. */
const edges: Edge<BranchStatus, BranchEventType>[] = [
  ['Registered', 'try.succeeded', 'PhaseOne_Done', 'the Try answered a definite success'],
  ['Registered', 'try.failed', 'PhaseOne_Failed', 'the Try answered a definite failure'],
  ['PhaseOne_Done', 'confirm.succeeded', 'PhaseTwo_Committed', 'the Confirm succeeded at the first call'],
  ['PhaseOne_Done', 'confirm.failed', 'PhaseTwo_CommitFailed_Retryable', 'the Confirm failed or had no definite answer'],
  ['PhaseTwo_CommitFailed_Retryable', 'confirm.succeeded', 'PhaseTwo_Committed', 'the retried Confirm succeeded'],
  ['PhaseTwo_CommitFailed_Retryable', 'confirm.failed', 'PhaseTwo_CommitFailed_Retryable', 'the retried Confirm failed again'],
  ['Registered', 'cancel.succeeded', 'PhaseTwo_Rollbacked', 'a Try lost or unknown is cancelled: an empty rollback'],
  ['Registered', 'cancel.failed', 'PhaseTwo_RollbackFailed_Retryable', 'the Cancel of an unanswered Try failed'],
  ['PhaseOne_Done', 'cancel.succeeded', 'PhaseTwo_Rollbacked', 'another branch failed: this one releases what it holds'],
  ['PhaseOne_Done', 'cancel.failed', 'PhaseTwo_RollbackFailed_Retryable', 'the Cancel failed or had no definite answer'],
  ['PhaseOne_Failed', 'cancel.succeeded', 'PhaseTwo_Rollbacked', 'a failed Try is cancelled: nothing to release'],
  ['PhaseOne_Failed', 'cancel.failed', 'PhaseTwo_RollbackFailed_Retryable', 'the Cancel of a failed Try failed'],
  ['PhaseTwo_RollbackFailed_Retryable', 'cancel.succeeded', 'PhaseTwo_Rollbacked', 'the retried Cancel succeeded'],
  ['PhaseTwo_RollbackFailed_Retryable', 'cancel.failed', 'PhaseTwo_RollbackFailed_Retryable', 'the retried Cancel failed again'],
];

const confirms = ['confirm.succeeded', 'confirm.failed'] as const;
const cancels = ['cancel.succeeded', 'cancel.failed'] as const;

describe('the branch machine', () => {
  itKeepsItsTable({
    machine: branchMachine,
    decider: branches,
    statuses,
    initial: 'Registered',
    eventTypes,
    finals: ['PhaseTwo_Committed', 'PhaseTwo_Rollbacked'],
    edges,
  });

  it('decides with the statuses listed as values', () => {
    expectTypeOf(branches.initial()).toEqualTypeOf<BranchStatus>();
    expect(statuses.every(isBranchStatus)).toBe(true);
    expect(isBranchStatus('PhaseTwo_Done')).toBe(false);
  });

  it.each(['Registered', 'PhaseOne_Failed'] as const)(
    'never commits from %s: TCC confirms only a Try that answered a definite success',
    (status) => {
      for (const type of confirms) expect(branches.decide(status, { type }).accepted, type).toBe(false);
    },
  );

  it('reaches PhaseTwo_Committed only by way of a successful Try, on every path', () => {
    const events = eventTypes.map((type) => ({ type }));
    const committed = getSimplePaths(branchMachine, { events }).filter((p) => p.state.value === 'PhaseTwo_Committed');
    expect(committed.length).toBeGreaterThan(0);
    for (const path of committed) expect(path.steps.map((s) => s.event.type)).toContain('try.succeeded');
  });

  it('refuses the other way once phase 2 has begun one way', () => {
    for (const type of cancels) expect(branches.decide('PhaseTwo_CommitFailed_Retryable', { type }).accepted, type).toBe(false);
    for (const type of confirms) expect(branches.decide('PhaseTwo_RollbackFailed_Retryable', { type }).accepted, type).toBe(false);
  });

  it('refuses a Try answer that arrives after the Cancel (a hanging Try)', () => {
    for (const status of ['PhaseTwo_Rollbacked', 'PhaseTwo_RollbackFailed_Retryable'] as const) {
      for (const type of ['try.succeeded', 'try.failed'] as const) expect(branches.decide(status, { type }).accepted, type).toBe(false);
    }
  });
});
