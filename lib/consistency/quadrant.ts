import type { Operation, PayOrderState, ProviderState } from '@/lib/pay-order/pay-order.machine';
import type { Strategy } from '@/lib/settings/settings';
import type { TradeOperation } from '@/lib/trade/operations';
import type { TradeRow } from '@/lib/trade/trade-store';

export const quadrants = ['both', 'tradeOnly', 'payOnly', 'neither'] as const;
export type Quadrant = (typeof quadrants)[number];
export type Verdict = 'consistent' | 'converging' | 'stuck';

/** One trade id as the auditor sees it: the caller's rows and the provider's pay order. */
export interface TradeSides {
  trade: { status: TradeRow['status']; strategy: Strategy } | null;
  mirror: { state: PayOrderState; owed: Operation | null; parked: boolean } | null;
  provider: { state: ProviderState } | null;
  /** V1 only: the lab still owes a re-drive of this last operation (V1 itself records nothing). */
  redrive?: { lastOp: TradeOperation; owed: boolean } | null;
}

/** A provider pay order that was cancelled holds nothing: for existence it counts as absent. */
const providerHolds = (sides: TradeSides) => sides.provider !== null && sides.provider.state !== 'cancelled';

/** The note's four quadrants: does the caller's data exist, does the provider's? */
export function quadrantOf(sides: TradeSides): Quadrant {
  const trade = sides.trade !== null;
  const pay = providerHolds(sides);
  if (trade && pay) return 'both';
  if (trade) return 'tradeOnly';
  if (pay) return 'payOnly';
  return 'neither';
}

/** V1 keeps no mirror: its trade row's status is what it claims the payment to be. */
const v1Expects = { created: 'trySuccess', confirmed: 'confirmed', deleting: 'cancelled' } as const;

/**
 * Consistent: both sides in matching states, neither side, or only a cancelled payment left
 * holding nothing. Converging: not yet, but a retry is scheduled. Stuck: nothing will repair it.
 */
export function verdictOf(sides: TradeSides): Verdict {
  if (matches(sides) && !sides.mirror?.owed) return 'consistent';
  if (sides.mirror?.owed && !sides.mirror.parked) return 'converging';
  return v1Repairable(sides) ? 'converging' : 'stuck';
}

/** A V1 re-drive can only repair what the local row still calls for (the note's criterion). */
function v1Repairable({ trade, redrive }: TradeSides): boolean {
  if (!redrive?.owed || !trade || trade.strategy !== 'v1') return false;
  return redrive.lastOp !== 'confirm' || trade.status !== 'confirmed';
}

function matches({ trade, mirror, provider }: TradeSides): boolean {
  const holds = provider !== null && provider.state !== 'cancelled';
  if (!trade) return !holds;
  if (trade.strategy === 'v1') return holds && provider?.state === v1Expects[trade.status];
  if (!mirror) return false;
  if (mirror.state === 'cancelled') return !holds;
  return provider?.state === mirror.state;
}
