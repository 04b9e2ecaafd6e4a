import type { TradeView } from '@/lib/read-model/trade-view';
import type { Strategy } from '@/lib/strategies/catalog';
import type { Property } from './properties';
import type { ScheduleOutcome } from './run-schedule';
import type { Sequence } from './sequences';
import type { TradePlan } from '@/lib/driver/workload';

/** What the explorer asks of a strategy it walks. */
export interface ExplorerHooks {
  /** Its claims of the note, as properties of its schedules. */
  claims: readonly Property[];
  /** Watch, after every delivery, for the provider holding a pay order the caller has no trade for. */
  watchesPayOnly: boolean;
  /** A state the caller changed on an answer that was not definite, read from the trade's story (null: none). */
  guessIn?(story: TradeView | undefined): string | null;
  /** Why a schedule departs from the note, in this strategy's terms (null: the explorer's general telling). */
  why?(o: ScheduleOutcome): string | null;
}

/**
 * What the explorer is handed rather than imports: the strategies' hooks, the workload of each
 * starting sequence, and every claim it checks, in the order its report lists them.
 */
export interface ExplorerKit {
  /** The workload each starting sequence plays. */
  sequences: Record<Sequence, Pick<TradePlan, 'then' | 'when'>>;
  claims: readonly Property[];
  hooks(strategy: Strategy): ExplorerHooks;
}
