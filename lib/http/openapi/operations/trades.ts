import { z } from 'zod';
import { createdTradeSchema, liveTradeViewSchema, tradeListSchema, tradePageSchema } from '@/lib/read-model/trade-view-schema';
import { createTradeSchema } from '@/lib/trade/create-trade';
import type { ApiErrorCode } from '@/lib/http/status';
import type { Operation } from '../operation';

const tag = 'Trades';
const byId = z.object({ id: z.string().describe('a trade id, t-N') });
const theTrade = { 200: { description: 'the trade as it now stands, and what may be asked of it next', schema: liveTradeViewSchema } };

/** What a V3 confirm or delete (one global transaction) may also answer: a branch's Try refused or unknown, the coordinator's refusal or silence. */
const globalCodes: ApiErrorCode[] = [
  'payment_rejected',
  'payment_unknown',
  'coordinator_unavailable',
  'global_rolled_back',
  'outcome_in_doubt',
];
const v3 =
  " V3 runs it as a global transaction: a refusal of either branch, the coordinator down or its commit unanswered are answered with their codes (504 `outcome_in_doubt`: the coordinator's log decides).";

const action = (name: string, operationId: string, summary: string, description: string): Operation => ({
  method: 'post',
  path: `/api/trades/{id}/${name}`,
  operationId,
  tag,
  summary,
  description,
  pathParams: byId,
  responses: theTrade,
  errors: ['not_found', 'illegal_transition', 'local_tx_failed'],
});

export const tradeOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/trades',
    operationId: 'createTrade',
    tag,
    summary: 'Create a trade and its payment (try)',
    description:
      "Runs the chosen strategy's create flow. 201 with the trade view when the trade exists; 200 when an earlier request with the same idempotency key answered for it; an error status with `tradeId` when no trade was left. V3 runs it as a global transaction: 503 `coordinator_unavailable` when the coordinator gave no definite answer before anything was decided, 409 `global_rolled_back` when it had already rolled the transaction back, 504 `outcome_in_doubt` when the commit had no definite answer (the coordinator's log decides; the trade may yet appear).",
    body: createTradeSchema,
    responses: {
      201: { description: 'the trade was created', schema: createdTradeSchema },
      200: { description: 'a repeat: the earlier request with this idempotency key answered for this one', schema: createdTradeSchema },
    },
    errors: [
      'idempotency_conflict',
      'payment_rejected',
      'local_tx_failed',
      'payment_unknown',
      'coordinator_unavailable',
      'global_rolled_back',
      'outcome_in_doubt',
    ],
  },
  {
    method: 'get',
    path: '/api/trades',
    operationId: 'listTrades',
    tag,
    summary: 'List trades, newest first, paginated',
    query: tradePageSchema,
    responses: { 200: { description: 'one page of trades', schema: tradeListSchema } },
    errors: ['bad_request'],
  },
  {
    method: 'get',
    path: '/api/trades/{id}',
    operationId: 'getTrade',
    tag,
    summary: 'One trade: caller view, mirror, provider view, quadrant, events',
    pathParams: byId,
    responses: { 200: { description: 'the trade as the auditor sees it, and what may be asked of it now', schema: liveTradeViewSchema } },
    errors: ['not_found'],
  },
  {
    method: 'delete',
    path: '/api/trades/{id}',
    operationId: 'deleteTrade',
    tag,
    summary: 'Delete an expired, unconfirmed trade',
    description: `V1 deletes physically; V2 logically, then purges once the cancel is definite.${v3}`,
    pathParams: byId,
    responses: theTrade,
    errors: ['not_found', 'illegal_transition', 'not_expired', 'local_tx_failed', ...globalCodes],
  },
  {
    ...action('confirm', 'confirmTrade', 'Confirm the payment', `Modify: confirm the reserved payment.${v3}`),
    errors: ['not_found', 'illegal_transition', 'local_tx_failed', ...globalCodes],
  },
  action('cancel', 'cancelTrade', 'Cancel the payment', 'Modify: cancel the reserved payment (V3 has no cancel: 409; delete instead).'),
  {
    ...action('retry', 'retryTrade', 'Retry now', 'Send what is owed at once, even if parked or not yet due.'),
    errors: ['not_found', 'illegal_transition'],
  },
  {
    ...action('stop-retrying', 'stopRetrying', 'Stop retrying', 'Park the order as needing attention.'),
    errors: ['not_found', 'illegal_transition'],
  },
];
