import type { InvariantId } from '@/lib/consistency/invariants';
import type { Quadrant, Verdict } from '@/lib/consistency/quadrant';
import type { CaseCell, Pair } from '@/lib/note/case-cell';
import type { Meter } from '@/lib/meter';
import type { Strategy } from '@/lib/strategies/catalog';
import type { TradeOperation } from '@/lib/trade/operations';
import type { Choice } from './chooser';
import type { Sequence } from './sequences';

/** One configuration the explorer walks: a strategy, the fence, a starting sequence, a fault budget. */
export interface ScheduleConfig {
  strategy: Strategy;
  fence: 'on' | 'off';
  sequence: Sequence;
  depth: number;
}

/** What went wrong with the books, named by the guard that prevents it. */
export type Anomaly = 'reserved or charged twice' | 'released what was never reserved' | 'a reservation left hanging';

/** A run of deliveries during which the caller's and the provider's sides did not match. */
export interface InDoubt {
  steps: number;
  ms: number;
}

/** Both sides of the trade at one moment, as the auditor sees them. */
export interface Observation {
  pair: Pair;
  quadrant: Quadrant;
  verdict: Verdict;
  broken: InvariantId[];
  anomalies: Anomaly[];
}

export interface StepOutcome {
  op: TradeOperation;
  /** The API's answer: 201/200, or the error code. */
  answer: string;
  pair: Pair;
  /** How the auditor judged the trade when the step answered. */
  verdict: Verdict;
  /** The cell of the note's tables this step's outcome is, when it is one. */
  cell: CaseCell<Strategy> | null;
}

export interface ScheduleOutcome {
  config: ScheduleConfig;
  decisions: number[];
  choices: Choice[];
  faults: number;
  steps: StepOutcome[];
  /** Faults stopped, recovery ran until nothing was owed (before the provider's reconciliation). */
  afterRecovery: Observation;
  afterReconcile: Observation;
  /** Only looked for where the strategy watches for it: the provider held a pay order the caller had no trade for, at some step. */
  payOnlySeen: boolean;
  /** Global transactions (V3) one of whose branches committed while another rolled back, as the branches' own fence logs say. */
  splitBranches: string[];
  /** What the schedule cost, its quiescence included: messages on the wire and local commits. */
  cost: Meter;
  /** The longest run in which the two sides differed, in deliveries and in virtual ms (the in-doubt window). */
  inDoubt: InDoubt;
  /** Only looked for where the strategy reads for it: the caller's state moved on an answer that was not definite. */
  guessed: string | null;
  /** The state at this choice point was met before: the branches below it were not walked again. */
  mergedAt: number | null;
}
