import { initialTransition, transition, type AnyStateMachine, type EventFromLogic, type SnapshotFrom } from 'xstate';
import { branchMachine } from './branch.machine';
import { globalTransactionMachine } from './global-transaction.machine';

/** A machine's statuses, as XState infers them from its states: the one string a database stores. */
type StatusOf<M extends AnyStateMachine> = Extract<SnapshotFrom<M>['value'], string>;

export type Decision<S extends string> = { accepted: true; next: S } | { accepted: false; reason: string };

export interface Decider<M extends AnyStateMachine> {
  /** The status a new one starts in. */
  initial(): StatusOf<M>;
  /** Rebuilds the machine's snapshot from the stored status: these machines keep nothing else. */
  restore(status: StatusOf<M>): SnapshotFrom<M>;
  /** What an event does to a stored status, asked of the machine itself; an event it refuses changes nothing. */
  decide(current: StatusOf<M>, event: EventFromLogic<M>): Decision<StatusOf<M>>;
}

function deciderFor<M extends AnyStateMachine>(machine: M): Decider<M> {
  type Status = StatusOf<M>;
  // XState's types do not narrow inside a generic function: work on any machine, typed at the edges.
  const logic: AnyStateMachine = machine;
  const snapshotOf = (status: Status) => logic.resolveState({ value: status, context: {} });
  let start: Status | undefined;
  /**
   * The machine is a pure function of (status, event) — events carry no data — so each answer
   * XState gives is kept: restoring a snapshot costs far more than the write it decides.
   */
  const decisions = new Map<string, Decision<Status>>();

  function decideWithXState(current: Status, event: EventFromLogic<M>): Decision<Status> {
    const snapshot = snapshotOf(current);
    if (!snapshot.can(event)) {
      const final = snapshot.status === 'done' ? ' (final)' : '';
      return { accepted: false, reason: `${event.type} is not accepted in ${current}${final}` };
    }
    const [next] = transition(logic, snapshot, event);
    return { accepted: true, next: next.value as Status };
  }

  return {
    // Asked of XState once: it never changes.
    initial: () => (start ??= initialTransition(logic)[0].value as Status),
    restore: (status) => snapshotOf(status) as SnapshotFrom<M>,
    decide(current, event) {
      const key = `${current}|${event.type}`;
      let decision = decisions.get(key);
      if (!decision) decisions.set(key, (decision = decideWithXState(current, event)));
      return decision;
    },
  };
}

/** The TC's log of a global transaction: Begin, then one way to commit or one way to roll back. */
export const globalTransactions = deciderFor(globalTransactionMachine);

/** The TC's log of one branch: its Try's answer, then its Confirm's or its Cancel's. */
export const branches = deciderFor(branchMachine);
