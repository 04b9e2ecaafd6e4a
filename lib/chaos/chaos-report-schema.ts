import { z } from 'zod';
import { meterSchema } from '@/lib/meter';
import { transportNameSchema } from '@/lib/rpc/transport-schema';
import { booksSchema } from '@/lib/consistency/report-schema';
import { quadrants } from '@/lib/consistency/quadrant';
import { faultIds } from '@/lib/faults/catalog';
import { runStatusSchema } from '@/lib/run-progress-schema';
import { tradeViewSchema } from '@/lib/read-model/trade-view-schema';
import { perStrategy as eachStrategy, strategies } from '@/lib/strategies/catalog';
import { chaosOptionsSchema } from './chaos-options';
import type { ChaosProgress } from './chaos-progress';
import type { ChaosRunReport } from './chaos-run';
import { stuckReasons } from './stuck-trades';

/** A chaos run's body and answers as schemas, for the route and the API document. */

// Every field has a default: no body runs 1,000 mixed trades under every fault at 5 %.
export const chaosRunBodySchema = chaosOptionsSchema.optional();

const count = z.number().int();
const perStrategy = <T extends z.ZodType>(value: T) => z.object(eachStrategy(() => value));
const verdictCounts = { consistent: count, converging: count, stuck: count };

export const chaosReportSchema = z.object({
  options: chaosOptionsSchema,
  durationMs: z.number(),
  transport: transportNameSchema,
  plan: z.object({
    byStrategy: perStrategy(count),
    followUps: z.object({ confirm: count, cancel: count, delete: count, none: count }),
  }),
  answers: z
    .object({ creates: z.record(z.string(), count), followUps: z.record(z.string(), count) })
    .describe('what the API would have answered, by status or error code'),
  faultsFired: z.partialRecord(z.enum(faultIds), count),
  recovery: z.object({ sweeps: count, attempts: count, settled: z.boolean(), afterFaultsStopped: count }),
  cost: z
    .object({
      operations: count,
      flows: meterSchema,
      perOperation: z.object({ messages: z.number(), commits: z.number() }),
      recovery: meterSchema,
    })
    .describe('messages on the wire and local commits: while the trades were made (and per operation), and while recovery settled them'),
  timeline: z.object({
    clock: z.enum(['virtual', 'wall']),
    samples: z.array(z.object({ at: z.number(), made: count, ...verdictCounts, frozenCents: count })),
    faultWindow: z.object({ from: z.number(), to: z.number() }),
    sweeps: z.array(z.number()),
    reconciledAt: z.number().nullable(),
  }),
  stages: z.object({ afterFlows: booksSchema, afterRecovery: booksSchema, afterReconcile: booksSchema }),
  reconciled: count,
  byStrategy: perStrategy(z.object({ trades: count, ...verdictCounts })),
  stuckCount: count,
  stuck: z.array(
    z.object({
      tradeId: z.string(),
      strategy: z.enum(strategies),
      quadrant: z.enum(quadrants),
      caller: z.string(),
      provider: z.string(),
      reason: z.enum(stuckReasons).describe("the case, as a code a page words in its reader's language"),
      explanation: z.string(),
      reservations: count.describe('how many times the provider reserved for it (more than once only without the fence)'),
      story: tradeViewSchema.optional(),
    }),
  ),
}) satisfies z.ZodType<ChaosRunReport>;

export const chaosProgressSchema = z.discriminatedUnion('stage', [
  z.object({ stage: z.literal('flows'), trades: count, done: count }),
  z.object({ stage: z.literal('recovery'), trades: count, sweeps: count, retries: count }),
  z.object({ stage: z.literal('reconcile'), trades: count }),
]) satisfies z.ZodType<ChaosProgress>;

/** GET /api/chaos/run: the run in progress, if any. */
export const chaosRunStatusSchema = runStatusSchema(chaosProgressSchema);
