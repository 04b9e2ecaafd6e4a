import { sleep, type Clock } from '@/lib/clock/clock';
import type { FaultPoint, FaultSource } from '@/lib/faults/fault-injector';
import type { FaultId } from '@/lib/faults/catalog';
import { outcomeOf, type PayRequest, type RpcOutcome } from '@/lib/pay/contract';
import type { CallOutcome, WireReply } from '@/lib/protocol/status-rule';
import type { Address, Destination, Transport, TransportReply } from './transport';

type AnyOutcome = CallOutcome<unknown, string>;

/** One call as the lab saw it: the caller's outcome, and what really happened on the wire. */
export interface RpcAttempt<O extends AnyOutcome = RpcOutcome> {
  outcome: O;
  /** The fault that shaped this call, if any. */
  fault: FaultId | null;
  /** The provider's real reply when one existed, even if the caller never received it. */
  providerReply: { status: number; body: unknown } | null;
  /** True when the request will reach the provider only after the caller gave up. */
  lateDelivery: boolean;
  durationMs: number;
}

/**
 * What happens to one call on the wire, decided before it is sent: by the fault switches, or
 * by a person holding the message (then no timeout is waited out that nothing could beat).
 */
export interface CallPlan {
  path: 'deliver' | 'lose-request' | 'reject' | 'late';
  duplicate: boolean;
  loseReply: boolean;
  /** Decided by hand: a lost request or reply ends the caller's wait at once. */
  byHand: boolean;
  /** For a late delivery decided by hand: when (and whether) the person delivers it after all. */
  lateDelivery?: Promise<boolean>;
  /** Why the call's outcome is unknown when it is held past the caller's timeout. */
  heldPastTimeout?: boolean;
}

/** Who sends a message: the trade service, or the coordinator. */
export type Caller = 'trade' | 'tc';

/** One message as step mode holds it on the wire. */
export interface HeldMessage {
  from: Caller;
  to: Destination;
  /** The operation it carries (a TCC phase), or its message to the coordinator. */
  op: FaultPoint['op'];
  payOrderId: string;
  tradeId: string | null;
  /** The receiver can refuse it as a business failure ("Provider rejects"). */
  rejectable: boolean;
}

/** Something about the call for whoever holds it: which attempt of the owed operation it is, for which trade (a confirm's body names none). */
export interface CallContext {
  attempt?: number | 'redrive';
  tradeId?: string;
}

/**
 * One message through the client, to any service: where it goes, its body, where the faults
 * are asked of it, and how its reply reads by the service's own status rule.
 */
export interface Message<O extends AnyOutcome> {
  address: Address;
  body: unknown;
  point: FaultPoint;
  /** Which trade it is for, when its body does not say (a late reply is told under it). */
  tradeId: string | null;
  read(reply: WireReply): O;
  /** The provider can refuse it as a business failure ("Provider rejects"); the coordinator and phase 2's owners cannot. */
  rejectable: boolean;
}

export interface RpcClientOptions {
  transport: Transport;
  faults: FaultSource;
  clock: Clock;
  /** Read per call, so a settings change applies to the next call. */
  timeoutMs: () => number;
  /** Told when a request the caller gave up on reaches the provider after all. */
  onLateReply?: (message: Message<AnyOutcome>, reply: TransportReply) => void;
  /** Step mode: the call waits on the wire for a person's decision; null when nobody holds calls. */
  hold?: (message: HeldMessage, timeoutMs: number, context: CallContext) => Promise<CallPlan> | null;
  /** Whose client it is: the trade service's (the caller, V3's TM) or the coordinator's (phase 2). */
  from: Caller;
}

/** The switches' plan for a call: the catalog's network faults, asked in the order they would strike. */
function planFromFaults(fires: (id: FaultId) => boolean, rejectable: boolean): CallPlan {
  const plan = { duplicate: false, loseReply: false, byHand: false };
  if (fires('rpc.request_lost')) return { ...plan, path: 'lose-request' };
  if (rejectable && fires('rpc.provider_rejects')) return { ...plan, path: 'reject' };
  if (fires('rpc.slow_provider')) return { ...plan, path: 'late' };
  const duplicate = fires('rpc.duplicate');
  return { ...plan, path: 'deliver', duplicate, loseReply: fires('rpc.response_lost') };
}

/**
 * The trade service's only way to the provider. The network faults happen here, on the wire:
 * the provider's code never knows it is part of a simulation.
 */
export function createRpcClient({ transport, faults, clock, timeoutMs, onLateReply, hold, from }: RpcClientOptions) {
  const late = new Set<Promise<void>>();
  const wait = (ms: number) => sleep(clock, ms);
  const deliverLate = async ({ address, body }: Message<AnyOutcome>, timeout: number, plan: CallPlan) => {
    if (plan.lateDelivery) return (await plan.lateDelivery) ? transport.send(address, body, timeout) : null;
    if (transport.sendLate) return transport.sendLate(address, body, timeout);
    await wait(timeout + Math.max(10, Math.round(timeout / 2)));
    return transport.send(address, body, timeout);
  };

  async function send<O extends AnyOutcome>(
    message: Message<O>,
    forced: readonly FaultId[] = [],
    context: CallContext = {},
  ): Promise<RpcAttempt<O>> {
    const started = clock.now();
    const timeout = timeoutMs();
    const { address, body } = message;
    const fires = (id: FaultId) => faults.fires(id, message.point, forced);
    const plan = (await hold?.(heldAs(message, from), timeout, context)) ?? planFromFaults(fires, message.rejectable);
    const classify = readBy(message.read);
    const unknown = (reason: string) => ({ kind: 'unknown', reason }) as O;
    const done = (outcome: O, fault: FaultId | null, providerReply: RpcAttempt['providerReply'], lateDelivery = false): RpcAttempt<O> => ({
      outcome,
      fault,
      providerReply,
      lateDelivery,
      durationMs: Math.round(clock.now() - started),
    });

    if (plan.path === 'lose-request') {
      if (!plan.byHand) await wait(timeout);
      return done(unknown(`no reply within ${timeout} ms (the request was lost)`), 'rpc.request_lost', null);
    }
    if (plan.path === 'reject') {
      // A business failure is the provider's to decide: the request goes there, marked, and the
      // provider refuses it through its fence — a repeat of what it already did still succeeds.
      const reply = await transport.send(address, { ...(body as object), simulate: 'reject' }, timeout);
      return done(classify(reply), 'rpc.provider_rejects', reply.kind === 'reply' ? { status: reply.status, body: reply.body } : null);
    }
    if (plan.path === 'late') {
      // The provider really executes, but only after the caller's timeout has passed.
      const delivery = deliverLate(message, timeout, plan)
        .then((reply) => {
          if (reply) onLateReply?.(message, reply);
        })
        .finally(() => late.delete(delivery));
      late.add(delivery);
      if (!plan.byHand) await wait(timeout);
      const why = plan.heldPastTimeout ? 'it was still held on the wire' : 'the provider is slow';
      return done(unknown(`no reply within ${timeout} ms (${why})`), 'rpc.slow_provider', null, true);
    }

    const sends = plan.duplicate
      ? [transport.send(address, body, timeout), transport.send(address, body, timeout, 'duplicate')]
      : [transport.send(address, body, timeout)];
    const [reply] = (await Promise.all(sends)) as [TransportReply, ...TransportReply[]];
    const seen = reply.kind === 'reply' ? { status: reply.status, body: reply.body } : null;

    if (plan.loseReply) {
      if (!plan.byHand) await wait(Math.max(0, timeout - (clock.now() - started)));
      return done(unknown(`no reply within ${timeout} ms (the reply was lost)`), 'rpc.response_lost', seen);
    }
    return done(classify(reply), plan.duplicate ? 'rpc.duplicate' : null, seen);
  }

  /** A call to the provider: one of its TCC operations, through the same wire. */
  const call = (request: PayRequest, forced?: readonly FaultId[], context?: CallContext): Promise<RpcAttempt> =>
    send(payMessage(request), forced, context);

  return {
    call,
    send,
    /** Resolves once every late delivery has reached the provider (tests and benchmarks wait on it). */
    async drained(): Promise<void> {
      while (late.size) await Promise.all([...late]);
    },
  };
}

export type RpcClient = ReturnType<typeof createRpcClient>;

/** A call to the provider goes to the pay service's endpoint of its operation, read by the provider's status rule. */
const payMessage = (request: PayRequest): Message<RpcOutcome> => ({
  address: { to: 'pay', endpoint: request.op },
  body: request.body,
  point: { op: request.op, payOrderId: request.body.payOrderId },
  tradeId: 'tradeId' in request.body ? (request.body.tradeId ?? null) : null,
  read: outcomeOf,
  rejectable: true,
});

/** A message as a person holding it sees it: from whom, to whom, what, for which pay order and trade, and whether it can be refused. */
const heldAs = ({ address, point, tradeId, rejectable }: Message<AnyOutcome>, from: Caller): HeldMessage => ({
  from,
  to: address.to,
  op: point.op,
  payOrderId: point.payOrderId,
  tradeId,
  rejectable,
});

/** A missing reply is unknown; a reply means what its service's status rule says. */
const readBy =
  <O extends AnyOutcome>(read: (reply: WireReply) => O) =>
  (reply: TransportReply): O =>
    reply.kind === 'no-reply' ? ({ kind: 'unknown', reason: reply.reason } as O) : read(reply);

/** A reply from the provider, or none, as its caller reads it. */
export const classify = readBy<RpcOutcome>(outcomeOf);
