import { z } from 'zod';
import { fail, ok, type Result } from '@/lib/errors/lab-error';
import { amountSchema, formatCents } from '@/lib/money/money';
import { strategies, type Strategy } from '@/lib/strategies/catalog';
import { commit } from './commit';
import { scenarioFor } from '@/lib/note/scenario-amounts';
import { portOf } from '@/lib/strategies/registry';
import type { TradeContext } from './trade-context';
import { findRequestByKey, insertRequest, recordAnswer } from './request-log';
import { tradeIdOf } from './ids';
import { type RequestRow } from './rows';
import type { TradeCode } from './trade.errors';
import { answerOf, leftNoTrade } from './create-answer';

export const createTradeSchema = z
  .object({
    amount: amountSchema,
    strategy: z.enum(strategies).optional(),
    idempotencyKey: z.string().min(1).max(128).optional(),
  })
  .strict();

export type CreateTradeInput = z.infer<typeof createTradeSchema>;

export interface CreateTradeOutput {
  tradeId: string;
  /** True when an earlier request with the same idempotency key answered for this one. */
  replay: boolean;
  note?: string;
}

/**
 * POST /api/trades: log the request (its trade id is now taken), apply the scenario of the
 * amount, and run the chosen strategy's create flow — whose first writes may commit with the
 * request's (V2's intent does).
 */
export async function createTrade(ctx: TradeContext, input: CreateTradeInput): Promise<Result<CreateTradeOutput, TradeCode>> {
  const strategy = input.strategy ?? ctx.settings().strategy;
  const scenario = scenarioFor(input.amount, strategy);
  // Looking the key up and claiming it in one synchronous write makes concurrent repeats see one trade.
  const claimed = await commit(ctx, (db) => {
    const earlier = input.idempotencyKey ? findRequestByKey(db, input.idempotencyKey) : undefined;
    if (earlier) return { earlier };
    const request = insertRequest(db, {
      idempotencyKey: input.idempotencyKey ?? null,
      amountCents: input.amount,
      strategy,
      requestedAt: ctx.clock.now(),
    });
    return { request, flow: portOf(strategy).create(ctx, request, scenario) };
  });

  if (claimed.earlier) return answerRepeat(claimed.earlier, input.amount, strategy);

  const tradeId = tradeIdOf(claimed.request);
  const outcome = await claimed.flow();
  if (!outcome.answered) await commit(ctx, (db) => recordAnswer(db, tradeId, answerOf(outcome)));
  if (outcome.kind === 'not-created') return fail(outcome.code, outcome.message, { tradeId });
  if (outcome.kind === 'in-doubt') return fail('outcome_in_doubt', outcome.message, { tradeId });
  return ok({ tradeId, replay: false, ...(outcome.note ? { note: outcome.note } : {}) });
}

/** A repeat of an earlier request with the same key: that request's answer, not a second trade. */
function answerRepeat(earlier: RequestRow, amountCents: number, strategy: Strategy): Result<CreateTradeOutput, TradeCode> {
  const tradeId = tradeIdOf(earlier);
  if (earlier.amountCents !== amountCents || earlier.strategy !== strategy) {
    return fail('idempotency_conflict', `idempotency key already used for ${formatCents(earlier.amountCents)} (${earlier.strategy})`, {
      tradeId,
    });
  }
  if (leftNoTrade(earlier.answer)) {
    return fail(earlier.answer, `the first request with this key left no trade (${earlier.answer})`, { tradeId, replay: true });
  }
  return ok({ tradeId, replay: true });
}
