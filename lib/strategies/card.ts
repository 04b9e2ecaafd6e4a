import type { TradeSides } from '@/lib/consistency/quadrant';
import type { FaultId } from '@/lib/faults/catalog';
import type { Operation } from '@/lib/pay-order/pay-order.machine';
import type { CaseCell, CaseNumber } from '@/lib/note/case-cell';
import type { ModifyOperation, TableOperation, TradeOperation } from '@/lib/trade/operations';

/** How a caller's rows read in the note's notation: the trade row, and what the strategy keeps beside it. */
export interface CallerRows {
  trade: { status: string; pending?: string | null } | null;
  mirror: { state: string; owed: string | null } | null;
}

/** How a strategy reads a trade's two sides: do they match, is the caller still owed an answer, will something scheduled repair it? */
export interface Judge {
  matches(sides: TradeSides): boolean;
  /** The caller records an operation it still owes the provider. */
  owes(sides: TradeSides): boolean;
  /** Something scheduled will repair the trade: an owed call recovery will send. */
  converging(sides: TradeSides): boolean;
}

/**
 * What the browser and the note's tables know of a strategy: pure data and pure functions, no
 * I/O, so a page can import it. The server's side of the same strategy is its port (strategy.ts).
 */
export interface StrategyCard<Name extends string = string> {
  name: Name;
  /** Its cells of the note's tables, in the tables' order (create, confirm, delete × cases 1–4). */
  cells: readonly CaseCell<Name>[];
  /** The fault that produces each case of the note's tables under this strategy. */
  caseFaults: Readonly<Record<CaseNumber, FaultId | null>>;
  /** The note promises it: with the fence on, every trade converges once faults stop. */
  convergesWithFence: boolean;
  /** Faults that have no moment to happen under this strategy (the faults panel says so beside them). */
  faultsNeverAsked: readonly FaultId[];
  /** The caller's side of an existing trade in the note's notation (`created`, `unknown (owes try)`). */
  callerNotation(rows: CallerRows & { trade: NonNullable<CallerRows['trade']> }): string;
  /** The follow-ups a client may ask of this strategy's trades (V3 runs the note's operations only: no cancel). */
  takes: readonly ModifyOperation[];
  /** The operation of the note's tables a client's request is under this strategy; null when the tables have none for it. */
  tableOperationFor(op: TradeOperation): TableOperation | null;
  judge: Judge;
  /** The client's request a call stands for, where the strategy records no request before its call (V1); null otherwise. */
  askedByCall(op: Operation): TradeOperation | null;
  /** What the lab keeps of owed work beside the strategy's own rows, when the strategy keeps none itself (V1). */
  redriveOf(request: { lastOp: TradeOperation; redrive: 'owed' | 'done' | null }): TradeSides['redrive'];
}
