import { z } from 'zod';
import { branchResources, globalActions, type GlobalView } from '@/lib/coordinator/contract';
import { tcCrashPoints, tcEventSchema } from '@/lib/coordinator/tc-events';
import type { CoordinatorStatus } from '@/lib/coordinator/tc-story';
import { branchStatuses } from '@/lib/global-tx/branch.machine';
import { globalTransactionStatuses } from '@/lib/global-tx/global-transaction.machine';
import { tradeStatuses } from '@/db/trade/schema';
import { quadrants, type Verdict } from '@/lib/consistency/quadrant';
import type { TradeSummary } from '@/lib/consistency/trade-summary';
import { operations, payOrderStates, providerStates } from '@/lib/pay-order/pay-order.machine';
import { payEventSchema } from '@/lib/pay/pay-events';
import { strategies } from '@/lib/strategies/catalog';
import { tradeOperations } from '@/lib/trade/operations';
import { tradeActions, type TradeAction } from '@/lib/trade/trade-actions';
import type { LiveTradeView } from './live-trade-view';
import { tradeEventSchema } from '@/lib/trade/trade-events';
import type { TradeList, TradeView } from './trade-view';

/**
 * The read model's answers as schemas, for the API document. Each `satisfies` ties a schema to
 * the type the code returns; the API document's tests check real answers against them.
 */

const time = z.number().int().describe('milliseconds since the epoch');
const amount = z.string().describe('a decimal amount, e.g. "12.34"');

export const verdictSchema = z.enum(['consistent', 'converging', 'stuck']) satisfies z.ZodType<Verdict>;

export const tradeSummarySchema = z.object({
  id: z.string().describe('the trade id, t-N'),
  amount,
  strategy: z.enum(strategies),
  requestedAt: time,
  answerStatus: z.number().int().nullable().describe('the HTTP status the create was answered with'),
  trade: z
    .object({
      status: z.enum(tradeStatuses),
      pending: z.enum(globalActions).nullable().describe('V3: the operation a global transaction has tried on the row and not yet ended'),
      heldBy: z.string().nullable().describe('V3: that global transaction'),
      createdAt: time,
      updatedAt: time,
    })
    .nullable(),
  mirror: z
    .object({
      payOrderId: z.string(),
      state: z.enum(payOrderStates),
      owed: z.enum(operations).nullable(),
      attempts: z.number().int(),
      nextRetryAt: time.nullable(),
      lastError: z.string().nullable(),
      parked: z.boolean(),
    })
    .nullable()
    .describe("V2's local record of the provider's pay order"),
  provider: z.object({ payOrderId: z.string(), state: z.enum(providerStates), amount, reservations: z.number().int() }).nullable(),
  redrive: z
    .object({ lastOp: z.enum(tradeOperations), owed: z.boolean() })
    .nullable()
    .describe('V1 only: whether the lab still owes a re-drive of the last operation'),
  quadrant: z.enum(quadrants),
  verdict: verdictSchema,
  consistent: z.boolean(),
}) satisfies z.ZodType<TradeSummary>;

/** Each service's event as it stored it (its row id, when), with the service that wrote it. */
const storedBy = <S extends string, T extends z.ZodType>(source: S, tradeId: T) =>
  z.object({ source: z.literal(source), id: z.number().int(), at: time, tradeId });

export const globalViewSchema = z
  .object({
    xid: z.string().describe('the global transaction, x-N'),
    tradeId: z.string(),
    action: z.enum(globalActions),
    status: z.enum(globalTransactionStatuses),
    attempts: z.number().int().describe('phase-2 rounds so far'),
    branches: z.array(
      z.object({
        branchId: z.string().describe('the branch, b-N'),
        resource: z.enum(branchResources),
        status: z.enum(branchStatuses),
        attempts: z.number().int().describe('phase-2 calls made to it so far'),
      }),
    ),
  })
  .describe("a global transaction as the coordinator's log holds it") satisfies z.ZodType<GlobalView>;

export const coordinatorStatusSchema = z
  .discriminatedUnion('up', [
    z.object({ up: z.literal(true) }),
    z.object({ up: z.literal(false), point: z.enum(tcCrashPoints), since: time, xid: z.string().nullable() }),
  ])
  .describe(
    'whether the coordinator answers, as its log last said (a crash and where, or a restart)',
  ) satisfies z.ZodType<CoordinatorStatus>;

export const tradeViewSchema = tradeSummarySchema.extend({
  fence: z.array(z.object({ op: z.string(), outcome: z.enum(['done', 'empty', 'rejected']), at: time })),
  events: z.array(
    z.union([
      z.intersection(storedBy('trade', z.string().nullable()), tradeEventSchema),
      z.intersection(storedBy('pay', z.string()), payEventSchema),
      z.intersection(storedBy('tc', z.string().nullable()).extend({ xid: z.string().nullable() }), tcEventSchema),
    ]),
  ),
  globals: z.array(globalViewSchema).describe("V3: the trade's global transactions, oldest first; empty for other strategies"),
  coordinator: coordinatorStatusSchema.optional().describe('V3: the coordinator, up or down; absent for other strategies'),
}) satisfies z.ZodType<TradeView>;

const availabilitySchema = z.discriminatedUnion('allowed', [
  z.object({ allowed: z.literal(true) }),
  z.object({
    allowed: z.literal(false),
    refusal: z.object({ code: z.string(), message: z.string() }).describe('what the request would be answered with'),
  }),
]);

/** A trade as the pages show it live: the view, and each action as the trade service would take it now. */
export const liveTradeViewSchema = tradeViewSchema.extend({
  actions: z
    .object(
      Object.fromEntries(tradeActions.map((action) => [action, availabilitySchema])) as Record<TradeAction, typeof availabilitySchema>,
    )
    .describe('each action the trade service would take on the trade now, or refuse with its reason'),
}) satisfies z.ZodType<LiveTradeView>;

export const tradeListSchema = z.object({
  items: z.array(tradeSummarySchema),
  total: z.number().int(),
  nextBefore: z.number().int().nullable().describe('the `before` of the next page; null on the last'),
}) satisfies z.ZodType<TradeList>;

/** POST /api/trades: the new trade's view, and whether an earlier request with the same key answered for it. */
export const createdTradeSchema = liveTradeViewSchema.extend({ replay: z.boolean(), note: z.string().nullable() });

/** GET /api/trades' query: newest first, `before` the id cursor of the previous page. */
export const tradePageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  before: z.coerce.number().int().min(1).optional(),
});
