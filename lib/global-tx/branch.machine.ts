import { setup } from 'xstate';

/** Seata's BranchStatus names, as the coordinator's log stores them. */
export const branchStatuses = [
  'Registered',
  'PhaseOne_Done',
  'PhaseOne_Failed',
  'PhaseTwo_Committed',
  'PhaseTwo_CommitFailed_Retryable',
  'PhaseTwo_Rollbacked',
  'PhaseTwo_RollbackFailed_Retryable',
] as const;
export type BranchStatus = (typeof branchStatuses)[number];
export const isBranchStatus = (name: string): name is BranchStatus => (branchStatuses as readonly string[]).includes(name);

/**
 * Events say what a branch's owner answered. A `*.failed` is a failure or no definite answer: either
 * way phase 2 is sent again. An unknown Try answer is no event at all: the branch stays Registered.
 * Listed as values too: the coordinator's log stores them.
 */
export const branchEventTypes = [
  'try.succeeded',
  'try.failed',
  'confirm.succeeded',
  'confirm.failed',
  'cancel.succeeded',
  'cancel.failed',
] as const;
export type BranchEventType = (typeof branchEventTypes)[number];
export type BranchEvent = { [T in BranchEventType]: { type: T } }[BranchEventType];

/**
 * A branch of a global transaction, as Seata's TC records it. Confirm needs a Try that answered a
 * definite success; Cancel is taken from anywhere phase 2 has not gone the other way, because
 * cancelling a Try that was lost or is still unknown is safe (an empty rollback, and the fence
 * refuses the Try if it lands later).
 */
export const branchMachine = setup({
  types: {
    events: {} as BranchEvent,
  },
}).createMachine({
  id: 'branch',
  initial: 'Registered',
  states: {
    Registered: {
      description: 'Registered with the TC before its Try, which has no definite answer yet (it may never have arrived).',
      on: {
        'try.succeeded': { target: 'PhaseOne_Done' },
        'try.failed': { target: 'PhaseOne_Failed' },
        'cancel.succeeded': { target: 'PhaseTwo_Rollbacked' },
        'cancel.failed': { target: 'PhaseTwo_RollbackFailed_Retryable' },
      },
    },
    PhaseOne_Done: {
      description: 'The Try succeeded: the branch holds its resources until a Confirm or a Cancel.',
      on: {
        'confirm.succeeded': { target: 'PhaseTwo_Committed' },
        'confirm.failed': { target: 'PhaseTwo_CommitFailed_Retryable' },
        'cancel.succeeded': { target: 'PhaseTwo_Rollbacked' },
        'cancel.failed': { target: 'PhaseTwo_RollbackFailed_Retryable' },
      },
    },
    PhaseOne_Failed: {
      description: 'The Try failed definitely and holds nothing; only a Cancel follows.',
      on: {
        'cancel.succeeded': { target: 'PhaseTwo_Rollbacked' },
        'cancel.failed': { target: 'PhaseTwo_RollbackFailed_Retryable' },
      },
    },
    PhaseTwo_CommitFailed_Retryable: {
      description: 'A Confirm failed or had no definite answer; the TC sends it again.',
      on: {
        'confirm.succeeded': { target: 'PhaseTwo_Committed' },
        'confirm.failed': { target: 'PhaseTwo_CommitFailed_Retryable' },
      },
    },
    PhaseTwo_RollbackFailed_Retryable: {
      description: 'A Cancel failed or had no definite answer; the TC sends it again.',
      on: {
        'cancel.succeeded': { target: 'PhaseTwo_Rollbacked' },
        'cancel.failed': { target: 'PhaseTwo_RollbackFailed_Retryable' },
      },
    },
    PhaseTwo_Committed: {
      type: 'final',
      description: "The Confirm succeeded: the branch's change is final.",
    },
    PhaseTwo_Rollbacked: {
      type: 'final',
      description: 'The Cancel succeeded: what the Try held is released (nothing, for an empty rollback).',
    },
  },
});
