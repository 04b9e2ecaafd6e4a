import { restore, type PayOrderSnapshot } from './decide';
import { operations, payOrderMachine, type Operation, type PayOrderEventType } from './pay-order.machine';

/**
 * The requests a person can make of a trade, as the event each is to its pay order. Delete is a
 * cancel to the machine: the provider deletes by cancelling, then removes its pay order.
 */
export const requestEvents = {
  confirm: 'confirm.requested',
  cancel: 'cancel.requested',
  delete: 'cancel.requested',
} as const satisfies Record<string, PayOrderEventType>;

export type TradeRequest = keyof typeof requestEvents;
export type UserEvent = (typeof requestEvents)[TradeRequest];

const tradeRequests = Object.keys(requestEvents) as TradeRequest[];

/** Which requests cause an event, in the order declared (the one named after it first); none for the provider's answers. */
export function requestsCausing(event: string): TradeRequest[] {
  return tradeRequests.filter((r) => requestEvents[r] === event);
}

/** A person causes it by a request; every other event only the provider's answers (or their absence) cause. */
export const isUserEvent = (event: string): event is UserEvent => requestsCausing(event).length > 0;

/** Why a guard holds a request back, as data: `owes` needs the op it wants owed, the others what is owed. */
export type GuardRefusal =
  | { code: 'owes'; op: Operation | 'operation'; owed: Operation | null }
  | { code: 'owesNothing'; owed: Operation | null }
  | { code: 'owesSomething' }
  | { code: 'guard'; name: string };

/**
 * Why the machine would not take a request, as a code and what its words need, so each reader's
 * language can word it (the English is `reasonOf`'s).
 */
export type Refusal =
  | { code: 'noMirror' }
  | { code: 'noEdge'; event: UserEvent; state: string; final: boolean }
  | { code: 'refused'; event: UserEvent; state: string; guard: GuardRefusal }
  | { code: 'otherState'; event: UserEvent; state: string };

export type Availability = { allowed: true } | { allowed: false; reason: string };

const owedPhrase = (owed: Operation | null) => (owed ? `the ${owed} is owed` : 'nothing is owed');

/** Each guard's refusal, in English. */
const guardReason = (g: GuardRefusal): string => {
  switch (g.code) {
    case 'owes':
      return `only while the ${g.op} is owed, and ${owedPhrase(g.owed)}`;
    case 'owesNothing':
      return `an owed ${g.owed} must settle first`;
    case 'owesSomething':
      return 'nothing is owed';
    case 'guard':
      return `its guard ${g.name} does not hold`;
  }
};

/** A refusal, in English. */
export function reasonOf(r: Refusal): string {
  switch (r.code) {
    case 'noMirror':
      return 'this trade has no mirror for the machine to ask (V1 keeps none)';
    case 'noEdge':
      return `no ${r.event} from ${r.state}${r.final ? ' (final)' : ''}`;
    case 'refused':
      return `${r.event} is refused in ${r.state}: ${guardReason(r.guard)}`;
    case 'otherState':
      return `the mirror is in ${r.state}: ${r.event} takes the edge out of ${r.state}`;
  }
}

/** Each guard of the machine, as the refusal it makes when it holds a request back. */
const guardRefusals: Record<string, (owed: Operation | null, params: unknown) => GuardRefusal> = {
  owes: (owed, params) => ({ code: 'owes', op: opOf(params), owed }),
  owesNothing: (owed) => ({ code: 'owesNothing', owed }),
  owesSomething: () => ({ code: 'owesSomething' }),
};

function opOf(params: unknown): Operation | 'operation' {
  const op = (params as { op?: unknown } | undefined)?.op;
  return operations.find((o) => o === op) ?? 'operation';
}

/**
 * Would the machine take `event` along its transition out of `from`, for a pay order standing
 * at `at`? Asked of the machine itself (`snapshot.can`). When it would not, the refusal names what
 * is in the way: a final state, the guard that fails, or — when the event is fine but this edge is
 * not the one it would take — the state the pay order is really in. Null when it would.
 */
export function refusalOf(at: PayOrderSnapshot | null, event: UserEvent, from: string): Refusal | null {
  if (!at) return { code: 'noMirror' };
  if (!restore(at).can({ type: event })) return refusal(at, event);
  if (at.state !== from) return { code: 'otherState', event, state: at.state };
  return null;
}

/** `refusalOf`, with the refusal in English. */
export function availability(at: PayOrderSnapshot | null, event: UserEvent, from: string): Availability {
  const refused = refusalOf(at, event, from);
  return refused ? { allowed: false, reason: reasonOf(refused) } : { allowed: true };
}

function refusal(at: PayOrderSnapshot, event: UserEvent): Refusal {
  const node = payOrderMachine.states[at.state]!;
  const candidates = node.transitions.get(event) ?? [];
  if (candidates.length === 0) return { code: 'noEdge', event, state: at.state, final: node.type === 'final' };
  const guard = candidates[0]!.guard;
  const { type: name, params } =
    typeof guard === 'string' ? { type: guard, params: undefined } : (guard as { type: string; params?: unknown });
  return { code: 'refused', event, state: at.state, guard: guardRefusals[name]?.(at.owed, params) ?? { code: 'guard', name } };
}
