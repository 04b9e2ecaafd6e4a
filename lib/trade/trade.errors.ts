/** Why a create left no trade: the flow's own answer, which a repeat of its idempotency key gets again. */
export const notCreatedCodes = [
  'local_tx_failed',
  'payment_rejected',
  'payment_unknown',
  /** V3: the coordinator gave no definite answer before anything was decided; its log rolls the transaction back. */
  'coordinator_unavailable',
  /** V3: the coordinator had already rolled the transaction back (its timeout) when the commit came. */
  'global_rolled_back',
] as const;
export type NotCreatedCode = (typeof notCreatedCodes)[number];

/**
 * The trade service's refusals — of a create, a confirm, cancel or delete, a retry now or a stop
 * retrying — whichever strategy's flow decided them.
 */
export type TradeCode = NotCreatedCode | InDoubtCode | 'idempotency_conflict' | 'not_found' | 'illegal_transition' | 'not_expired';

/** V3: the TM cannot know whether its global transaction commits (the commit had no definite answer, or the TM crashed): the coordinator's log decides. */
export type InDoubtCode = 'outcome_in_doubt';
