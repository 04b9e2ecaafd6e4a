import type { TradeDb } from '@/db/trade/client';
import type { Clock } from '@/lib/clock/clock';
import type { FaultId } from '@/lib/faults/catalog';
import type { FaultPoint } from '@/lib/faults/fault-injector';
import type { Operation } from '@/lib/pay-order/pay-order.machine';
import type { RpcClient } from '@/lib/rpc/client';
import type { LabSettings } from '@/lib/settings/settings';
import type { InFlight } from './in-flight';
import type { WriteGate } from './write-gate';

/** When an owed call with no definite answer is tried again: recovery's policy, handed to the service. */
export interface RetryPolicy {
  /** The time of the next try after failed attempt number `attempt` (1-based); null once attempts are spent. */
  nextRetryAt(attempt: number, at: number): number | null;
}

/** Where a local step is asked: which operation, for which pay order, of which trade. */
export type LocalPoint = FaultPoint & { op: Operation; tradeId: string | null };

/**
 * The local steps' faults (a transaction failing before or after the call, a crash after a
 * commit): the switches decide, or — in step mode, local steps held — a person does.
 */
export interface LocalSteps {
  /** Whether a person holds each local step now. */
  held(): boolean;
  /** The switches' answer, at once (for a step inside a synchronous transaction). */
  now(id: FaultId, at: LocalPoint, forced?: readonly FaultId[]): boolean;
  /** The answer, waiting for the person while local steps are held. */
  fires(id: FaultId, at: LocalPoint, forced?: readonly FaultId[]): Promise<boolean>;
}

/** Everything the trade service works with: its own database and its RPC client, nothing of the provider's. */
export interface TradeContext {
  db: TradeDb;
  /** A connection of its own for V1's transaction held open across a call. */
  txDb: TradeDb;
  /** Every write to trade.db goes through it, so a held V1 transaction never blocks the event loop. */
  gate: WriteGate;
  rpc: RpcClient;
  steps: LocalSteps;
  settings: () => LabSettings;
  retry: RetryPolicy;
  /** The time, and the timers recovery waits on. */
  clock: Clock;
  /** Wakes the live event stream after a commit that wrote events. */
  notify: () => void;
  inFlight: InFlight;
}
