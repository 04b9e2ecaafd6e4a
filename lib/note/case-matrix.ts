import type { Quadrant } from '@/lib/consistency/quadrant';
import type { CallerRows } from '@/lib/strategies/card';
import { cardOf, strategyCards, type Strategy } from '@/lib/strategies/catalog';
import { tableOperations } from '@/lib/trade/operations';
import type { CaseCell, Pair } from './case-cell';

/**
 * The note's case tables, every cell — create / modify (confirm) / delete × each strategy ×
 * cases 1–4 — as DESIGN.md's case matrix states them, each strategy's cells from its card. The
 * lab is checked against this table.
 */
export const caseMatrix: readonly CaseCell<Strategy>[] = tableOperations.flatMap((op) =>
  strategyCards.flatMap((card) => card.cells.filter((cell) => cell.op === op)),
);

/** The name a cell goes by (and its button's accessible name on the page): "create V1 case 3". */
export const cellName = (cell: Pick<CaseCell, 'op' | 'strategy' | 'case'>) => `${cell.op} ${cell.strategy.toUpperCase()} case ${cell.case}`;

export const quadrantOfPair = ([caller, provider]: Pair): Quadrant =>
  caller !== '—' ? (provider !== '—' ? 'both' : 'tradeOnly') : provider !== '—' ? 'payOnly' : 'neither';

/**
 * A trade in the note's notation: the caller's side as its strategy writes it; the provider's
 * state; "—" for nothing held. Any read of a trade that carries these will do (the auditor's
 * summary, the trade view).
 */
export function pairOf(t: CallerRows & { strategy: Strategy; provider: { state: string } | null }): Pair {
  const caller = t.trade ? cardOf(t.strategy).callerNotation({ trade: t.trade, mirror: t.mirror }) : '—';
  const provider = !t.provider || t.provider.state === 'cancelled' ? '—' : t.provider.state;
  return [caller, provider];
}
