import { z } from 'zod';
import { operations, providerStates } from '@/lib/pay-order/pay-order.machine';
import { branchActions, refusalCodes, type BranchAnswer, type PayAnswer, type PayRejection, type ProviderPayOrderView } from './contract';
import { payEventSchema } from './pay-events';
import type { queryPayOrder } from './query';

/** The provider's answers (contract.ts) as schemas, for the API document. */

export const providerPayOrderSchema = z.object({
  id: z.string(),
  tradeId: z.string(),
  accountId: z.string(),
  amountCents: z.number().int(),
  state: z.enum(providerStates),
  reservations: z.number().int(),
  heldBy: z
    .string()
    .optional()
    .describe('the global transaction (V3) whose confirm or delete has passed its Try on the order; absent when none'),
}) satisfies z.ZodType<ProviderPayOrderView>;

/** 200: a definite success. */
export const payAnswerSchema = z.object({
  op: z.enum(operations),
  payOrder: providerPayOrderSchema.nullable().describe('null after an empty rollback'),
  replay: z.boolean().describe('the fence answered a repeat with its first answer'),
  emptyRollback: z.boolean().optional(),
  removed: z.boolean().optional(),
}) satisfies z.ZodType<PayAnswer>;

/** 200 of a branch phase: the pay order after it, and the branch; `op` is the phase. */
export const branchAnswerSchema = payAnswerSchema.extend({
  xid: z.string(),
  branchId: z.string(),
  action: z.enum(branchActions),
}) satisfies z.ZodType<BranchAnswer>;

/** 409: a definite business refusal, in the error shape. */
export const payRefusalSchema = z.object({
  error: z.object({ code: z.enum(refusalCodes), message: z.string() }) satisfies z.ZodType<PayRejection>,
});

const time = z.number().int();

/** The query endpoint: the pay order, its fence rows and its events. */
export const payQuerySchema = z.object({
  payOrder: providerPayOrderSchema.nullable(),
  fence: z.array(
    z.object({ payOrderId: z.string(), op: z.string(), outcome: z.enum(['done', 'empty', 'rejected']), answer: z.unknown(), at: time }),
  ),
  events: z.array(
    z.intersection(
      z.object({ id: z.number().int(), at: time, payOrderId: z.string().nullable(), tradeId: z.string().nullable() }),
      payEventSchema,
    ),
  ),
}) satisfies z.ZodType<ReturnType<typeof queryPayOrder>>;
