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

export type Availability = { allowed: true } | { allowed: false; reason: string };

const owedPhrase = (owed: Operation | null) => (owed ? `the ${owed} is owed` : 'nothing is owed');

/** Each guard of the machine, in words: why it holds a request back when it does. */
const guardReasons: Record<string, (owed: Operation | null, params: unknown) => string> = {
  owes: (owed, params) => `only while the ${opOf(params)} is owed, and ${owedPhrase(owed)}`,
  owesNothing: (owed) => `an owed ${owed} must settle first`,
  owesSomething: () => 'nothing is owed',
};

function opOf(params: unknown): Operation | 'operation' {
  const op = (params as { op?: unknown } | undefined)?.op;
  return operations.find((o) => o === op) ?? 'operation';
}

/**
 * Would the machine take `event` along its transition out of `from`, for a pay order standing
 * at `at`? Asked of the machine itself (`snapshot.can`). When it would not, the reason names what
 * is in the way: a final state, the guard that fails, or — when the event is fine but this edge is
 * not the one it would take — the state the pay order is really in.
 */
export function availability(at: PayOrderSnapshot | null, event: UserEvent, from: string): Availability {
  if (!at) return { allowed: false, reason: 'this trade has no mirror for the machine to ask (V1 keeps none)' };
  if (!restore(at).can({ type: event })) return { allowed: false, reason: refusal(at, event) };
  if (at.state !== from) return { allowed: false, reason: `the mirror is in ${at.state}: ${event} takes the edge out of ${at.state}` };
  return { allowed: true };
}

function refusal(at: PayOrderSnapshot, event: UserEvent): string {
  const node = payOrderMachine.states[at.state]!;
  const candidates = node.transitions.get(event) ?? [];
  if (candidates.length === 0) return `no ${event} from ${at.state}${node.type === 'final' ? ' (final)' : ''}`;
  const guard = candidates[0]!.guard;
  const { type: name, params } =
    typeof guard === 'string' ? { type: guard, params: undefined } : (guard as { type: string; params?: unknown });
  const why = guardReasons[name]?.(at.owed, params) ?? `its guard ${name} does not hold`;
  return `${event} is refused in ${at.state}: ${why}`;
}
