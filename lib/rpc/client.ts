import { sleep, type Clock } from '@/lib/clock/clock';
import type { FaultSource } from '@/lib/faults/fault-injector';
import type { FaultId } from '@/lib/faults/catalog';
import { outcomeOf, type PayRequest, type RpcOutcome } from '@/lib/pay/contract';
import type { Address, Transport, TransportReply } from './transport';

/** One call as the lab saw it: the caller's outcome, and what really happened on the wire. */
export interface RpcAttempt {
  outcome: RpcOutcome;
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

/** Something about the call for whoever holds it: which attempt of the owed operation it is, for which trade (a confirm's body names none). */
export interface CallContext {
  attempt?: number | 'redrive';
  tradeId?: string;
}

export interface RpcClientOptions {
  transport: Transport;
  faults: FaultSource;
  clock: Clock;
  /** Read per call, so a settings change applies to the next call. */
  timeoutMs: () => number;
  /** Told when a request the caller gave up on reaches the provider after all. */
  onLateReply?: (request: PayRequest, reply: TransportReply) => void;
  /** Step mode: the call waits on the wire for a person's decision; null when nobody holds calls. */
  hold?: (request: PayRequest, timeoutMs: number, context: CallContext) => Promise<CallPlan> | null;
}

/** The switches' plan for a call: the catalog's network faults, asked in the order they would strike. */
function planFromFaults(fires: (id: FaultId) => boolean): CallPlan {
  const plan = { duplicate: false, loseReply: false, byHand: false };
  if (fires('rpc.request_lost')) return { ...plan, path: 'lose-request' };
  if (fires('rpc.provider_rejects')) return { ...plan, path: 'reject' };
  if (fires('rpc.slow_provider')) return { ...plan, path: 'late' };
  const duplicate = fires('rpc.duplicate');
  return { ...plan, path: 'deliver', duplicate, loseReply: fires('rpc.response_lost') };
}

/**
 * The trade service's only way to the provider. The network faults happen here, on the wire:
 * the provider's code never knows it is part of a simulation.
 */
export function createRpcClient({ transport, faults, clock, timeoutMs, onLateReply, hold }: RpcClientOptions) {
  const late = new Set<Promise<void>>();
  const wait = (ms: number) => sleep(clock, ms);
  const deliverLate = async (request: PayRequest, timeout: number, plan: CallPlan) => {
    if (plan.lateDelivery) return (await plan.lateDelivery) ? transport.send(addressOf(request), request.body, timeout) : null;
    if (transport.sendLate) return transport.sendLate(addressOf(request), request.body, timeout);
    await wait(timeout + Math.max(10, Math.round(timeout / 2)));
    return transport.send(addressOf(request), request.body, timeout);
  };

  async function call(request: PayRequest, forced: readonly FaultId[] = [], context: CallContext = {}): Promise<RpcAttempt> {
    const started = clock.now();
    const timeout = timeoutMs();
    const fires = (id: FaultId) => faults.fires(id, { op: request.op, payOrderId: request.body.payOrderId }, forced);
    const plan = (await hold?.(request, timeout, context)) ?? planFromFaults(fires);
    const done = (
      outcome: RpcOutcome,
      fault: FaultId | null,
      providerReply: RpcAttempt['providerReply'],
      lateDelivery = false,
    ): RpcAttempt => ({
      outcome,
      fault,
      providerReply,
      lateDelivery,
      durationMs: Math.round(clock.now() - started),
    });

    if (plan.path === 'lose-request') {
      if (!plan.byHand) await wait(timeout);
      return done({ kind: 'unknown', reason: `no reply within ${timeout} ms (the request was lost)` }, 'rpc.request_lost', null);
    }
    if (plan.path === 'reject') {
      // A business failure is the provider's to decide: the request goes there, marked, and the
      // provider refuses it through its fence — a repeat of what it already did still succeeds.
      const reply = await transport.send(addressOf(request), { ...request.body, simulate: 'reject' }, timeout);
      return done(classify(reply), 'rpc.provider_rejects', reply.kind === 'reply' ? { status: reply.status, body: reply.body } : null);
    }
    if (plan.path === 'late') {
      // The provider really executes, but only after the caller's timeout has passed.
      const delivery = deliverLate(request, timeout, plan)
        .then((reply) => {
          if (reply) onLateReply?.(request, reply);
        })
        .finally(() => late.delete(delivery));
      late.add(delivery);
      if (!plan.byHand) await wait(timeout);
      const why = plan.heldPastTimeout ? 'it was still held on the wire' : 'the provider is slow';
      return done({ kind: 'unknown', reason: `no reply within ${timeout} ms (${why})` }, 'rpc.slow_provider', null, true);
    }

    const sends = plan.duplicate
      ? [transport.send(addressOf(request), request.body, timeout), transport.send(addressOf(request), request.body, timeout, 'duplicate')]
      : [transport.send(addressOf(request), request.body, timeout)];
    const [reply] = (await Promise.all(sends)) as [TransportReply, ...TransportReply[]];
    const seen = reply.kind === 'reply' ? { status: reply.status, body: reply.body } : null;

    if (plan.loseReply) {
      if (!plan.byHand) await wait(Math.max(0, timeout - (clock.now() - started)));
      return done({ kind: 'unknown', reason: `no reply within ${timeout} ms (the reply was lost)` }, 'rpc.response_lost', seen);
    }
    return done(classify(reply), plan.duplicate ? 'rpc.duplicate' : null, seen);
  }

  return {
    call,
    /** Resolves once every late delivery has reached the provider (tests and benchmarks wait on it). */
    async drained(): Promise<void> {
      while (late.size) await Promise.all([...late]);
    },
  };
}

export type RpcClient = ReturnType<typeof createRpcClient>;

/** A call to the provider goes to the pay service's endpoint of its operation. */
const addressOf = (request: PayRequest): Address => ({ to: 'pay', endpoint: request.op });

/** A missing reply is unknown; a reply means what the provider's status rule says. */
export function classify(reply: TransportReply): RpcOutcome {
  return reply.kind === 'no-reply' ? { kind: 'unknown', reason: reply.reason } : outcomeOf(reply);
}
