import type { TradeDb } from '@/db/trade/client';
import type { FaultInjector } from '@/lib/faults/fault-injector';
import type { RpcClient } from '@/lib/rpc/client';
import type { LabSettings } from '@/lib/settings/settings';
import type { WriteGate } from './write-gate';

/** Everything the trade service works with: its own database and its RPC client, nothing of the provider's. */
export interface TradeContext {
  db: TradeDb;
  /** A connection of its own for V1's transaction held open across a call. */
  txDb: TradeDb;
  /** Every write to trade.db goes through it, so a held V1 transaction never blocks the event loop. */
  gate: WriteGate;
  rpc: RpcClient;
  faults: FaultInjector;
  settings: () => LabSettings;
  now: () => number;
  /** Wakes the live event stream after a commit that wrote events. */
  notify: () => void;
  /** Pay orders with a call on the wire right now, so two sweeps never send the same one twice at once. */
  inFlight: Set<string>;
}
