import type { TradeView } from '@/lib/read-model/trade-view';
import type { Property } from './property';
import type { ScheduleOutcome } from './schedule-outcome';

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
