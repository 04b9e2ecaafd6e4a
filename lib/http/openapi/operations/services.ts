import { z } from 'zod';
import { payAnswerSchema, payQuerySchema, payRefusalSchema } from '@/lib/pay/answer-schema';
import { cancelRequestSchema, confirmRequestSchema, payOrderRefSchema, tryRequestSchema } from '@/lib/pay/contract';
import type { Operation } from '../operation';

const tag = 'Provider (RPC)';

const tcc = (op: 'try' | 'confirm' | 'cancel', body: z.ZodType, summary: string): Operation => ({
  method: 'post',
  path: `/api/pay/${op}`,
  operationId: `pay${op[0]!.toUpperCase()}${op.slice(1)}`,
  tag,
  summary,
  description: "The pay service's contract: 200 is a definite success, 409 a definite refusal; anything else is no definite answer.",
  body,
  responses: {
    200: { description: 'a definite success: the pay order after the operation', schema: payAnswerSchema },
    409: { description: 'a definite business refusal; nothing changed', schema: payRefusalSchema },
  },
});

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
