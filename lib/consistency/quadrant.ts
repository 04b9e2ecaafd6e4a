import type { Operation, PayOrderState, ProviderState } from '@/lib/pay-order/pay-order.machine';
import { providerHolds, type Judge } from '@/lib/strategies/card';
import { cardOf, type Strategy } from '@/lib/strategies/catalog';
import type { TradeOperation } from '@/lib/trade/operations';
import type { TradeRow } from '@/lib/trade/rows';

export const quadrants = ['both', 'tradeOnly', 'payOnly', 'neither'] as const;
export type Quadrant = (typeof quadrants)[number];
export type Verdict = 'consistent' | 'converging' | 'stuck';

/** One trade id as the auditor sees it: the caller's rows and the provider's pay order. */
export interface TradeSides {
  trade: { status: TradeRow['status']; strategy: Strategy } | null;
  mirror: { state: PayOrderState; owed: Operation | null; parked: boolean } | null;
  provider: { state: ProviderState } | null;
  /** Where the strategy records no owed work itself (V1): the lab still owes a re-drive of this last operation. */
  redrive?: { lastOp: TradeOperation; owed: boolean } | null;
}

/** The note's four quadrants: does the caller's data exist, does the provider's? */
export function quadrantOf(sides: TradeSides): Quadrant {
  const trade = sides.trade !== null;
  const pay = providerHolds(sides.provider);
  if (trade && pay) return 'both';
  if (trade) return 'tradeOnly';
  if (pay) return 'payOnly';
  return 'neither';
}

/** With no trade row, the caller keeps nothing to match or to repair: only a provider holding nothing is consistent. */
const nothingKept: Judge = { matches: ({ provider }) => !providerHolds(provider), owes: () => false, converging: () => false };

/**
 * Consistent: both sides in matching states (as the trade's strategy reads them), neither side,
 * or only a cancelled payment left holding nothing. Converging: not yet, but something scheduled
 * will repair it. Stuck: nothing will.
 */
export function verdictOf(sides: TradeSides): Verdict {
  const judge = sides.trade ? cardOf(sides.trade.strategy).judge : nothingKept;
  if (judge.matches(sides) && !judge.owes(sides)) return 'consistent';
  return judge.converging(sides) ? 'converging' : 'stuck';
}
