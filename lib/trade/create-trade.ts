import { z } from 'zod';
import type { FaultId } from '@/lib/faults/catalog';
import { errorStatus, fail, isErrorCode, ok, type Result } from '@/lib/errors/lab-error';
import { amountSchema, formatCents } from '@/lib/money/money';
import { strategies, type Strategy } from '@/lib/strategies/catalog';
import { commit } from './commit';
import { commitIntentV2, continueTradeV2, type IntentV2 } from './create-v2';
import type { FlowOutcome } from './flow-outcome';
import { scenarioFor } from '@/lib/note/scenario-amounts';
import { createOutcome, runV1 } from './v1/v1-flows';
import type { TradeContext } from './trade-context';
import { findRequestByKey, insertRequest, payOrderIdFor, recordAnswer, tradeIdOf, type RequestRow } from './trade-store';

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
 * amount, and run the chosen strategy's create flow.
 */
export async function createTrade(ctx: TradeContext, input: CreateTradeInput): Promise<Result<CreateTradeOutput>> {
  const strategy = input.strategy ?? ctx.settings().strategy;
  const scenario = scenarioFor(input.amount, strategy);
  // A person holding each local step decides the intent's commit after the request is logged.
  const held = strategy === 'v2' && ctx.steps.held();
  const failsNow = (request: RequestRow) =>
    ctx.steps.now(
      'local.fail_before_rpc',
      { op: 'try', payOrderId: payOrderIdFor(tradeIdOf(request)), tradeId: tradeIdOf(request) },
      scenario.forced,
    );
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
    return { request, intent: strategy === 'v2' && !held ? commitIntentV2(ctx, request, failsNow(request)) : undefined };
  });

  if (claimed.earlier) return answerRepeat(claimed.earlier, input.amount, strategy);

  const tradeId = tradeIdOf(claimed.request);
  const intent = held ? await heldIntent(ctx, claimed.request, scenario.forced) : claimed.intent;
  const outcome: FlowOutcome = intent
    ? await continueTradeV2(ctx, tradeId, intent, scenario.forced)
    : createOutcome(
        await runV1(ctx, { tradeId, amountCents: input.amount }, 'create', { forced: scenario.forced, onUnknown: scenario.v1OnUnknown }),
      );

  // V2 recorded its 201 with the intent; recordAnswer keeps the first answer it is given.
  if (outcome.kind === 'not-created') {
    await commit(ctx, (db) => recordAnswer(db, tradeId, errorStatus[outcome.code], outcome.code));
    return fail(outcome.code, outcome.message, { tradeId });
  }
  if (!intent?.committed) await commit(ctx, (db) => recordAnswer(db, tradeId, 201));
  return ok({ tradeId, replay: false, ...(outcome.note ? { note: outcome.note } : {}) });
}

/** The intent's local step, held for a person: Commit, or Fail (create, case 2). */
async function heldIntent(ctx: TradeContext, request: RequestRow, forced: readonly FaultId[]): Promise<IntentV2> {
  const tradeId = tradeIdOf(request);
  const fails = await ctx.steps.fires('local.fail_before_rpc', { op: 'try', payOrderId: payOrderIdFor(tradeId), tradeId }, forced);
  return commit(ctx, () => commitIntentV2(ctx, request, fails));
}

/** A repeat of an earlier request with the same key: that request's answer, not a second trade. */
function answerRepeat(earlier: RequestRow, amountCents: number, strategy: Strategy): Result<CreateTradeOutput> {
  const tradeId = tradeIdOf(earlier);
  if (earlier.amountCents !== amountCents || earlier.strategy !== strategy) {
    return fail('idempotency_conflict', `idempotency key already used for ${formatCents(earlier.amountCents)} (${earlier.strategy})`, {
      tradeId,
    });
  }
  if (earlier.answerCode && isErrorCode(earlier.answerCode)) {
    return fail(earlier.answerCode, `the first request with this key left no trade (${earlier.answerCode})`, { tradeId, replay: true });
  }
  return ok({ tradeId, replay: true });
}
