/** Why a create left no trade: the flow's own answer, which a repeat of its idempotency key gets again. */
export const notCreatedCodes = ['local_tx_failed', 'payment_rejected', 'payment_unknown'] as const;
export type NotCreatedCode = (typeof notCreatedCodes)[number];

/**
 * The trade service's refusals — of a create, a confirm, cancel or delete, a retry now or a stop
 * retrying — whichever strategy's flow decided them.
 */
export type TradeCode = NotCreatedCode | 'idempotency_conflict' | 'not_found' | 'illegal_transition' | 'not_expired';
