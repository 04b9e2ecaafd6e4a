import type { PayOrderState } from '@/lib/pay-order/pay-order.machine';
import type { TradeDb } from '@/db/trade/client';
import { deleteTrade, findTrade, updateTrade } from '@/lib/trade/trade-rows';
import { insertEvent } from '@/lib/trade/event-log';
import { purgedEvent } from '@/lib/trade/trade-events';
import { type MirrorRow } from '@/lib/trade/rows';

/**
 * What a definite payment result means for the trade row, written in the same transaction as
 * the mirror's new state: a confirmed payment confirms the trade; a cancel that completes a
 * logical delete purges the trade and its mirror.
 */
export function followPayment(tx: TradeDb, mirror: MirrorRow, state: PayOrderState, at: number): void {
  const trade = findTrade(tx, mirror.tradeId);
  if (!trade) return;
  if (state === 'confirmed') updateTrade(tx, trade.id, { status: 'confirmed', updatedAt: at });
  if (state === 'cancelled' && trade.status === 'deleting') purge(tx, trade.id, mirror.id, at);
}

/** V2's delete, last step: the provider's cancel is definite, so nothing is owed any more. */
export function purge(tx: TradeDb, tradeId: string, payOrderId: string, at: number): void {
  deleteTrade(tx, tradeId);
  insertEvent(tx, { at, tradeId, ...purgedEvent(payOrderId) });
}
