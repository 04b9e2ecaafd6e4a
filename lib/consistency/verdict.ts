import type { Judge } from '@/lib/strategies/card';
import { cardOf, type Strategy } from '@/lib/strategies/catalog';
import { providerHolds, type TradeSides, type Verdict } from './quadrant';

/** With no trade row, the caller keeps nothing to match or to repair: only a provider holding nothing is consistent. */
const nothingKept: Judge = { matches: ({ provider }) => !providerHolds(provider), owes: () => false, converging: () => false };

/**
 * Consistent: both sides in matching states (as the trade's strategy reads them), neither side,
 * or only a cancelled payment left holding nothing. Converging: not yet, but something scheduled
 * will repair it. Stuck: nothing will.
 */
export function verdictOf(sides: TradeSides<Strategy>): Verdict {
  const judge = sides.trade ? cardOf(sides.trade.strategy).judge : nothingKept;
  if (judge.matches(sides) && !judge.owes(sides)) return 'consistent';
  return judge.converging(sides) ? 'converging' : 'stuck';
}
