import type { tradeStatuses } from '@/db/trade/schema';
import type { GlobalAction } from '@/lib/coordinator/contract';
import type { Operation, PayOrderState, ProviderState } from '@/lib/pay-order/pay-order.machine';
import type { TradeOperation } from '@/lib/trade/operations';

export const quadrants = ['both', 'tradeOnly', 'payOnly', 'neither'] as const;
export type Quadrant = (typeof quadrants)[number];
export type Verdict = 'consistent' | 'converging' | 'stuck';

/**
 * One trade id as the auditor sees it: the caller's rows and the provider's pay order. The
 * strategies' cards judge these, and the catalog lists the cards, so the strategy's name is a
 * parameter here rather than the catalog's union.
 */
export interface TradeSides<S extends string = string> {
  /** `pending`: the operation a global transaction has tried on the row and not yet ended (V3). */
  trade: { status: (typeof tradeStatuses)[number]; strategy: S; pending?: GlobalAction | null } | null;
  mirror: { state: PayOrderState; owed: Operation | null; parked: boolean } | null;
  provider: { state: ProviderState } | null;
  /** Where the strategy records no owed work itself (V1): the lab still owes a re-drive of this last operation. */
  redrive?: { lastOp: TradeOperation; owed: boolean } | null;
  /** Where a coordinator drives the trade (V3): its log still holds an open global transaction for it, and whether that one waits for a person. */
  coordinator?: { open: boolean; parked: boolean } | null;
}

/** A provider pay order that was cancelled holds nothing: for existence it counts as absent. */
export const providerHolds = (provider: TradeSides['provider']) => provider !== null && provider.state !== 'cancelled';

/** The note's four quadrants: does the caller's data exist, does the provider's? */
export function quadrantOf(sides: TradeSides): Quadrant {
  const trade = sides.trade !== null;
  const pay = providerHolds(sides.provider);
  if (trade && pay) return 'both';
  if (trade) return 'tradeOnly';
  if (pay) return 'payOnly';
  return 'neither';
}
