import { transition } from 'xstate';
import { payOrderMachine, type Operation, type PayOrderEvent, type PayOrderState } from './pay-order.machine';

export interface PayOrderSnapshot {
  state: PayOrderState;
  owed: Operation | null;
}

export type Decision = { accepted: true; next: PayOrderSnapshot } | { accepted: false; reason: string };

/** Rebuilds the machine's snapshot from what the database stores (state + owed). */
export function restore({ state, owed }: PayOrderSnapshot) {
  return payOrderMachine.resolveState({ value: state, context: { owed } });
}

let start: PayOrderSnapshot | undefined;

/** The state a new pay order starts in: its try is owed. Asked of XState once: it never changes. */
export function initial(): PayOrderSnapshot {
  if (!start) {
    const snapshot = payOrderMachine.resolveState({ value: 'init', context: { owed: 'try' } });
    start = { state: snapshot.value as PayOrderState, owed: snapshot.context.owed };
  }
  return { ...start };
}

/**
 * The machine is a pure function of (state, owed, event) — events carry no data — so each
 * answer XState gives is kept: restoring a snapshot costs far more than the write it decides.
 */
const decisions = new Map<string, Decision>();

/**
 * Asks the machine — pure, no actor — what an event does to a stored pay order.
 * An event it does not accept (wrong state, or not the owed operation) changes nothing.
 */
export function decide(current: PayOrderSnapshot, event: PayOrderEvent): Decision {
  const key = `${current.state}|${current.owed}|${event.type}`;
  let decision = decisions.get(key);
  if (!decision) decisions.set(key, (decision = decideWithXState(current, event)));
  return decision;
}

function decideWithXState(current: PayOrderSnapshot, event: PayOrderEvent): Decision {
  const snapshot = restore(current);
  if (!snapshot.can(event)) {
    return {
      accepted: false,
      reason: `${event.type} is not accepted in state ${current.state}${current.owed ? ` (owes ${current.owed})` : ''}`,
    };
  }
  const [next] = transition(payOrderMachine, snapshot, event);
  return { accepted: true, next: { state: next.value as PayOrderState, owed: next.context.owed } };
}
