import type { Operation } from '@/lib/pay-order/pay-order.machine';

/** What a client asks of a trade. */
export const tradeOperations = ['create', 'confirm', 'cancel', 'delete'] as const;
export type TradeOperation = (typeof tradeOperations)[number];

export const isTradeOperation = (name: string): name is TradeOperation => (tradeOperations as readonly string[]).includes(name);

/** The provider call each operation makes: a create tries, and the provider deletes by cancelling. */
export const callFor: Record<TradeOperation, Operation> = { create: 'try', confirm: 'confirm', cancel: 'cancel', delete: 'cancel' };

/** What a client may ask of a trade that exists. */
export type ModifyOperation = Exclude<TradeOperation, 'create'>;

/** The operations of the note's tables — create, modify (confirm), delete — which are also V1's three (its cancel is a delete). */
export const tableOperations = ['create', 'confirm', 'delete'] as const satisfies readonly TradeOperation[];
export type TableOperation = (typeof tableOperations)[number];

export const isTableOperation = (name: string): name is TableOperation => (tableOperations as readonly string[]).includes(name);
