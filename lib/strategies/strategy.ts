import type { Said } from '@/lib/chaos/said';
import type { Result } from '@/lib/errors/lab-error';
import type { ExplorerHooks } from '@/lib/explore/explorer-hooks';
import type { Scenario } from '@/lib/note/scenario-amounts';
import type { FlowOutcome } from '@/lib/trade/flow-outcome';
import type { TradeDb } from '@/db/trade/client';
import type { Busy } from '@/lib/trade/in-flight';
import type { ModifyOperation } from '@/lib/trade/operations';
import type { TradeContext } from '@/lib/trade/trade-context';
import type { TradeCode } from '@/lib/trade/trade.errors';
import type { RequestRow, TradeRow } from '@/lib/trade/rows';
import type { StrategyCard } from './card';
import type { Strategy } from './catalog';

/** A refused request, as every refusal travels: its code and its reason. */
export type Refusal = Result<never, TradeCode>;

/** What a person may ask of the work a trade owes. */
export type RecoveryAction = 'retry' | 'stop-retrying';

/** How a create ended, and whether its answer was already recorded in the flow's own commit. */
export type CreateOutcome = FlowOutcome & { answered: boolean };

/** What one owed operation sent again reports to the sweep. */
export interface SweepItem {
  tradeId: string;
  payOrderId: string;
  op: string;
  attempt: number;
  outcome: 'success' | 'failure' | 'unknown';
  /** The mirror owes nothing any more: this pay order converged. */
  converged: boolean;
  state: string;
}

/** One owed operation sent again: what came back, or why nothing was sent. */
export type Resent = { kind: 'sent'; item: SweepItem } | Busy | { kind: 'nothing-owed' };

/** Something owed: its id (the pay order's, or the trade's) and the send that repeats it. */
export interface Owed {
  id: string;
  send(): Promise<Resent>;
}

/**
 * A strategy's server side: how the caller places its RPC. The lab's flows, recovery and
 * pages reach a strategy only through this port, found by name in the registry. `StuckReason`:
 * the words it names a stuck trade by, its own (chaos checks it explains each).
 */
export interface StrategyPort<StuckReason extends string = string> {
  card: StrategyCard<Strategy>;
  /**
   * A create, called inside the transaction that logs the request (synchronous: what it writes
   * commits with the request, as V2's intent does); it returns the rest of the flow.
   */
  create(ctx: TradeContext, request: RequestRow, scenario: Scenario): () => Promise<CreateOutcome>;
  /** Confirm, cancel or delete an existing trade (already checked to exist, be `created` and, for a delete, expired). */
  modify(ctx: TradeContext, trade: TradeRow, op: ModifyOperation): Promise<Result<{ tradeId: string }, TradeCode>>;
  /** Why `modify` would refuse the operation on the trade now, by the strategy's own rules (null: it would take it). */
  refusal(db: TradeDb, trade: TradeRow, op: ModifyOperation): Refusal | null;
  recovery: {
    /** Whether its owed calls may be sent side by side, or one at a time (V1 holds trade.db's write lock across each). */
    sending: 'side by side' | 'one at a time';
    /** What is owed and due now (all of it when forced), each a send to make. */
    due(ctx: TradeContext, force: boolean): Owed[];
    /** "Retry now": what is owed for the trade, at once, even if parked or not yet due. */
    retryNow(ctx: TradeContext, request: RequestRow): Promise<Result<{ tradeId: string }, TradeCode>>;
    /** "Stop retrying": park the trade's owed work as needing a person. */
    stopRetrying(ctx: TradeContext, request: RequestRow): Promise<Result<{ tradeId: string }, TradeCode>>;
    /** Why "Retry now" or "Stop retrying" would be refused for the trade now (null: it would be taken). */
    refusal(db: TradeDb, request: RequestRow, action: RecoveryAction): Refusal | null;
  };
  /** How a chaos report names a stuck trade of this strategy: by a case of the note it can tell, else `otherwise`. */
  stuck: { reasonOf(said: Said): StuckReason | null; otherwise: StuckReason };
  /** Its claims of the note, and what the explorer watches for on its schedules. */
  explorer: ExplorerHooks;
}
