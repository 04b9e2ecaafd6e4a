import type { FaultId } from '@/lib/faults/catalog';
import type { PayAnswer } from './pay-contract';

/** The three outcomes of a network call: only the first two are definite. */
export type RpcOutcome =
  { kind: 'success'; value: PayAnswer } | { kind: 'failure'; code: string; message: string } | { kind: 'unknown'; reason: string };

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

/** What a transport hands back: a reply with a status, or no reply at all. */
export type TransportReply = { kind: 'reply'; status: number; body: unknown } | { kind: 'no-reply'; reason: string };

export interface Transport {
  readonly name: 'http' | 'in-process';
  send(op: 'try' | 'confirm' | 'cancel' | 'query', body: unknown, timeoutMs: number): Promise<TransportReply>;
}
