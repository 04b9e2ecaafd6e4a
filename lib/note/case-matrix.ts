import type { Quadrant } from '@/lib/consistency/quadrant';
import type { TradeSummary } from '@/lib/consistency/trade-summary';
import { cardOf, strategyCards, type Strategy } from '@/lib/strategies/catalog';
import { tableOperations, type TableOperation } from '@/lib/trade/operations';
import type { CaseNumber } from './case-faults';

/** (caller, provider) as the note's tables write them; "—" = no row (or a cancelled provider order: it holds nothing). */
export type Pair = [caller: string, provider: string];
export type NoteVerdict = 'ideal' | 'repaired by retry' | 'not repairable';

export interface CaseCell {
  op: TableOperation;
  strategy: Strategy;
  case: CaseNumber;
  /** Right after the flow. */
  after: Pair;
  /** After one recovery pass (the note's "retry"). */
  retried: Pair;
  verdict: NoteVerdict;
  /** Why the cell ends as it does, in the note's reasoning. */
  why: string;
}

/**
 * The note's case tables, every cell — create / modify (confirm) / delete × each strategy ×
 * cases 1–4 — as DESIGN.md's case matrix states them, each strategy's cells from its card. The
 * lab is checked against this table.
 */
export const caseMatrix: readonly CaseCell[] = tableOperations.flatMap((op) =>
  strategyCards.flatMap((card) => card.cells.filter((cell) => cell.op === op)),
);

/** The name a cell goes by (and its button's accessible name on the page): "create V1 case 3". */
export const cellName = (cell: Pick<CaseCell, 'op' | 'strategy' | 'case'>) => `${cell.op} ${cell.strategy.toUpperCase()} case ${cell.case}`;

export const quadrantOfPair = ([caller, provider]: Pair): Quadrant =>
  caller !== '—' ? (provider !== '—' ? 'both' : 'tradeOnly') : provider !== '—' ? 'payOnly' : 'neither';

/** A trade in the note's notation: the caller's side as its strategy writes it; the provider's state; "—" for nothing held. */
export function pairOf(t: TradeSummary): Pair {
  const caller = t.trade ? cardOf(t.strategy).callerNotation({ trade: t.trade, mirror: t.mirror }) : '—';
  const provider = !t.provider || t.provider.state === 'cancelled' ? '—' : t.provider.state;
  return [caller, provider];
}
