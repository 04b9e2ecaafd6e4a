import { z } from 'zod';
import { tradeStatuses } from '@/db/trade/schema';
import { tableOperations } from '@/lib/trade/operations';
import {
  tradeBranchPhases,
  type TradeBranchAnswer,
  type TradeBranchRefusalCode,
  type TradeBranchRejection,
} from '@/lib/trade/trade-branch-contract';

/** The trade branch's answers (its contract states them as types) as schemas, for the API document. */

/** 200: a definite success. */
export const tradeBranchAnswerSchema = z.object({
  phase: z.enum(tradeBranchPhases),
  xid: z.string(),
  branchId: z.string(),
  action: z.enum(tableOperations),
  tradeId: z.string(),
  trade: z
    .object({
      status: z.enum(tradeStatuses),
      pending: z.enum(tableOperations).nullable().describe('the operation a global transaction holds pending on the row'),
    })
    .nullable()
    .describe('the trade row after the phase; null when there is none'),
  replay: z.boolean().describe('the fence answered a repeat of a finished phase with its first answer'),
  emptyRollback: z.boolean().optional().describe('a Cancel that found no Try: nothing was undone'),
}) satisfies z.ZodType<TradeBranchAnswer>;

/** 409: a definite refusal, in the error shape, with the codes this phase refuses with. */
export const tradeBranchRefusalSchema = (codes: readonly [TradeBranchRefusalCode, ...TradeBranchRefusalCode[]]) =>
  z.object({ error: z.object({ code: z.enum(codes), message: z.string() }) satisfies z.ZodType<TradeBranchRejection> });
