import type { payOrderMirror, tradeEvent, tradeOrder, tradeRequest } from '@/db/trade/schema';
import { isOperation, isPayOrderState, type Operation, type PayOrderState } from '@/lib/pay-order/pay-order.machine';
import { isStrategy, type Strategy } from '@/lib/strategies/catalog';
import { isCreateAnswer, type CreateAnswer } from './create-answer';
import { isTableOperation, isTradeOperation, type TableOperation, type TradeOperation } from './operations';
import type { TradeEvent } from './trade-events';

/**
 * trade.db's rows in the trade service's words. The database stores the machine's states, the
 * strategies, the operations and the create's answers as plain text (db/ knows nothing of lib/); each read checks
 * them here, so a value outside the vocabulary is a bug found at once, not a silent mismatch.
 */
/** `pending`: the operation a global transaction (V3) has tried on the row and not yet ended. */
export type TradeRow = Omit<typeof tradeOrder.$inferSelect, 'strategy' | 'pending'> & {
  strategy: Strategy;
  pending: TableOperation | null;
};
export type MirrorRow = Omit<typeof payOrderMirror.$inferSelect, 'state' | 'owed'> & { state: PayOrderState; owed: Operation | null };
export type RequestRow = Omit<typeof tradeRequest.$inferSelect, 'strategy' | 'lastOp' | 'answer'> & {
  strategy: Strategy;
  lastOp: TradeOperation;
  answer: CreateAnswer | null;
};
export type EventRow = Omit<typeof tradeEvent.$inferSelect, 'type' | 'detail'> & TradeEvent;

export function asTrade(row: typeof tradeOrder.$inferSelect): TradeRow {
  return {
    ...row,
    strategy: checked(row.strategy, isStrategy, 'trade_order.strategy'),
    pending: row.pending === null ? null : checked(row.pending, isTableOperation, 'trade_order.pending'),
  };
}

export function asMirror(row: typeof payOrderMirror.$inferSelect): MirrorRow {
  const owed = row.owed === null ? null : checked(row.owed, isOperation, 'pay_order.owed');
  return { ...row, state: checked(row.state, isPayOrderState, 'pay_order.state'), owed };
}

export function asRequest(row: typeof tradeRequest.$inferSelect): RequestRow {
  return {
    ...row,
    strategy: checked(row.strategy, isStrategy, 'trade_request.strategy'),
    lastOp: checked(row.lastOp, isTradeOperation, 'trade_request.last_op'),
    answer: row.answer === null ? null : checked(row.answer, isCreateAnswer, 'trade_request.answer'),
  };
}

const maybe =
  <R, T>(as: (row: R) => T) =>
  (row: R | undefined): T | undefined =>
    row === undefined ? undefined : as(row);

export const asTradeOrNone = maybe(asTrade);
export const asMirrorOrNone = maybe(asMirror);
export const asRequestOrNone = maybe(asRequest);

function checked<T extends string>(value: string, is: (v: string) => v is T, column: string): T {
  if (!is(value)) throw new Error(`${column} holds ${JSON.stringify(value)}, outside the lab's vocabulary`);
  return value;
}
