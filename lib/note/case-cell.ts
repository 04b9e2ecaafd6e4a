import type { TableOperation } from '@/lib/trade/operations';

/** The four cases of each of the note's tables. */
export type CaseNumber = 1 | 2 | 3 | 4;

/** (caller, provider) as the note's tables write them; "—" = no row (or a cancelled provider order: it holds nothing). */
export type Pair = [caller: string, provider: string];
/** A pair as the explorer tells it: `(caller, provider)`. */
export const pairText = ([caller, provider]: readonly string[]) => `(${caller}, ${provider})`;

export type NoteVerdict = 'ideal' | 'repaired by retry' | 'not repairable';

/**
 * One cell of the note's tables. A strategy's card holds its own cells and the catalog lists the
 * cards, so the strategy's name is a parameter here rather than the catalog's union.
 */
export interface CaseCell<S extends string = string> {
  op: TableOperation;
  strategy: S;
  case: CaseNumber;
  /** Right after the flow. */
  after: Pair;
  /** After one recovery pass (the note's "retry"). */
  retried: Pair;
  verdict: NoteVerdict;
  /** Why the cell ends as it does, in the note's reasoning. */
  why: string;
}
