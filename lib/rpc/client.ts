import type { FaultInjector } from '@/lib/faults/fault-injector';
import type { FaultId } from '@/lib/faults/catalog';
import type { PayAnswer, PayRejection, PayRequest } from './pay-contract';
import type { RpcAttempt, RpcOutcome, Transport, TransportReply } from './outcome';

export interface RpcClientOptions {
  transport: Transport;
  faults: FaultInjector;
  /** Read per call, so a settings change applies to the next call. */
  timeoutMs: () => number;
  /** Told when a request the caller gave up on reaches the provider after all. */
  onLateReply?: (request: PayRequest, reply: TransportReply) => void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The trade service's only way to the provider. The network faults happen here, on the wire:
 * the provider's code never knows it is part of a simulation.
 */
export function createRpcClient({ transport, faults, timeoutMs, onLateReply }: RpcClientOptions) {
  const late = new Set<Promise<void>>();

  async function call(request: PayRequest, forced: readonly FaultId[] = []): Promise<RpcAttempt> {
    const started = performance.now();
    const timeout = timeoutMs();
    const fires = (id: FaultId) => faults.fires(id, { op: request.op, payOrderId: request.body.payOrderId }, forced);
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
      durationMs: Math.round(performance.now() - started),
    });

    if (fires('rpc.request_lost')) {
      await sleep(timeout);
      return done({ kind: 'unknown', reason: `no reply within ${timeout} ms (the request was lost)` }, 'rpc.request_lost', null);
    }
    if (fires('rpc.provider_rejects')) {
      // A business failure is the provider's to decide: the request goes there, marked, and the
      // provider refuses it through its fence — a repeat of what it already did still succeeds.
      const reply = await transport.send(request.op, { ...request.body, simulate: 'reject' }, timeout);
      return done(classify(reply), 'rpc.provider_rejects', reply.kind === 'reply' ? { status: reply.status, body: reply.body } : null);
    }
    if (fires('rpc.slow_provider')) {
      // The provider really executes, but only after the caller's timeout has passed.
      const delivery = sleep(timeout + Math.max(10, Math.round(timeout / 2)))
        .then(() => transport.send(request.op, request.body, timeout))
        .then((reply) => onLateReply?.(request, reply))
        .finally(() => late.delete(delivery));
      late.add(delivery);
      await sleep(timeout);
      return done({ kind: 'unknown', reason: `no reply within ${timeout} ms (the provider is slow)` }, 'rpc.slow_provider', null, true);
    }

    const duplicate = fires('rpc.duplicate');
    const sends = duplicate
      ? [transport.send(request.op, request.body, timeout), transport.send(request.op, request.body, timeout)]
      : [transport.send(request.op, request.body, timeout)];
    const [reply] = (await Promise.all(sends)) as [TransportReply, ...TransportReply[]];
    const seen = reply.kind === 'reply' ? { status: reply.status, body: reply.body } : null;

    if (fires('rpc.response_lost')) {
      await sleep(Math.max(0, timeout - (performance.now() - started)));
      return done({ kind: 'unknown', reason: `no reply within ${timeout} ms (the reply was lost)` }, 'rpc.response_lost', seen);
    }
    return done(classify(reply), duplicate ? 'rpc.duplicate' : null, seen);
  }

  return {
    call,
    /** Resolves once every late delivery has reached the provider (tests and benchmarks wait on it). */
    async settled(): Promise<void> {
      while (late.size) await Promise.all([...late]);
    },
  };
}

export type RpcClient = ReturnType<typeof createRpcClient>;

/** The protocol: 200 is a definite success, 409 a definite failure, anything else unknown. */
export function classify(reply: TransportReply): RpcOutcome {
  if (reply.kind === 'no-reply') return { kind: 'unknown', reason: reply.reason };
  if (reply.status === 200) return { kind: 'success', value: reply.body as PayAnswer };
  if (reply.status === 409) {
    const error = (reply.body as { error?: PayRejection } | null)?.error;
    return { kind: 'failure', code: error?.code ?? 'rejected', message: error?.message ?? 'the provider refused' };
  }
  return { kind: 'unknown', reason: `HTTP ${reply.status} is not a definite answer` };
}
