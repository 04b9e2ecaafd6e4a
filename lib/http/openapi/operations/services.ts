import { z } from 'zod';
import { branchAnswerSchema, payAnswerSchema, payQuerySchema, payRefusalSchema } from '@/lib/pay/answer-schema';
import {
  branchRequestSchema,
  cancelRequestSchema,
  confirmRequestSchema,
  payOrderRefSchema,
  tryRequestSchema,
  type PayEndpoint,
} from '@/lib/pay/contract';
import type { Operation } from '../operation';

const tag = 'Provider (RPC)';

const contract = "The pay service's contract: 200 is a definite success, 409 a definite refusal; anything else is no definite answer.";

/** `branch-try` → `payBranchTry` */
const operationIdOf = (endpoint: PayEndpoint) => `pay${endpoint.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase())}`;

const tcc = (endpoint: PayEndpoint, body: z.ZodType, summary: string, answer = payAnswerSchema, rules = ''): Operation => ({
  method: 'post',
  path: `/api/pay/${endpoint}`,
  operationId: operationIdOf(endpoint),
  tag,
  summary,
  description: `${contract}${rules}`,
  body,
  responses: {
    200: { description: 'a definite success: the pay order after the operation', schema: answer },
    409: { description: 'a definite business refusal; nothing changed', schema: payRefusalSchema },
  },
});

/** A pay branch's phase: the fence's rules for it, after Seata's tcc_fence_log. */
const branch = (endpoint: PayEndpoint, summary: string, rules: string) =>
  tcc(
    endpoint,
    branchRequestSchema,
    summary,
    branchAnswerSchema,
    ` A phase of a global transaction's pay branch (V3), behind the per-branch fence (one row per xid and branch): ${rules} With the lab's fence off none of this is checked. A repeat answers 200 with \`replay: true\` and the pay order as it stands now.`,
  );

const benchOnly = (path: string, operationId: string, summary: string): Operation => ({
  method: 'post',
  path,
  operationId,
  tag: 'Benchmark',
  summary,
  description: 'Exists only when the server runs for `npm run bench` (LAB_BENCH=1); otherwise 404.',
  responses: { 201: { description: 'the commits were made', schema: z.object({ ok: z.literal(true) }) } },
  errors: ['not_found'],
});

export const serviceOperations: Operation[] = [
  tcc('try', tryRequestSchema, 'Reserve the amount (TCC try)'),
  tcc('confirm', confirmRequestSchema, 'Charge the reservation (TCC confirm)'),
  tcc('cancel', cancelRequestSchema, 'Release the reservation (TCC cancel)'),
  branch(
    'branch-try',
    "A global transaction's pay branch: Try",
    'create reserves; confirm and delete check the reservation stands and hold the pay order for this xid (409 `held` while another holds it). A first Try records `tried`; a repeat answers as before; a Try after its Cancel is refused (409 `try_after_cancel`, anti-hanging).',
  ),
  branch(
    'branch-confirm',
    "A global transaction's pay branch: Confirm",
    'create keeps the reservation; confirm consumes it; delete releases it and removes the pay order. Only a `tried` branch is confirmed (then `committed`); one never tried (409 `not_reserved`) or cancelled (409 `already_cancelled`) never is.',
  ),
  branch(
    'branch-cancel',
    "A global transaction's pay branch: Cancel",
    'create releases the reservation; confirm and delete let their hold go. A `tried` branch is undone (then `rollbacked`); with no Try it is an empty rollback recorded as `suspended`, which refuses the late Try; a committed branch is never cancelled (409 `already_confirmed`).',
  ),
  {
    method: 'post',
    path: '/api/pay/query',
    operationId: 'payQuery',
    tag,
    summary: 'Read one pay order: the order, its fence rows and its events',
    body: payOrderRefSchema,
    responses: { 200: { description: "the provider's view of the pay order", schema: payQuerySchema } },
  },
  {
    ...benchOnly('/api/bench/bare', 'benchBare', "The benchmark's bare route: a create's commits and nothing else"),
    query: z.object({ hop: z.literal('1').optional().describe('1: the pay commit behind the same kind of HTTP hop') }),
  },
  benchOnly('/api/bench/bare-pay', 'benchBarePay', "The far end of the bare route's hop: one commit"),
];
