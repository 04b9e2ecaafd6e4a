import { z } from 'zod';
import { meterSchema } from '@/lib/meter';
import { caseCellSchema, pairSchema } from '@/lib/cases/case-matrix-schema';
import { invariantResultSchema } from '@/lib/consistency/report-schema';
import { quadrants } from '@/lib/consistency/quadrant';
import { tradeViewSchema, verdictSchema } from '@/lib/read-model/trade-view-schema';
import { runStatusSchema } from '@/lib/run-progress-schema';
import { settingsSchema } from '@/lib/settings/settings';
import { strategies } from '@/lib/strategies/catalog';
import { tradeOperations } from '@/lib/trade/operations';
import type { ExploreProgress, ExploreReport, Replayed } from './explore';
import { exploreOptionsSchema } from './explore-options';
import { sequences } from './sequences';

/** The exploration's body and answers as schemas, for the route and the API document. */

// Every field has a default: no body walks every schedule with up to three faults, both strategies, fence on and off.
export const exploreRunBodySchema = exploreOptionsSchema.optional();

const count = z.number().int();
const fence = z.enum(['on', 'off']);

const configSchema = z.object({ strategy: z.enum(strategies), fence, sequence: z.enum(sequences), depth: count });

const observationSchema = z.object({
  pair: pairSchema,
  quadrant: z.enum(quadrants),
  verdict: verdictSchema,
  broken: z.array(invariantResultSchema.shape.id),
  anomalies: z.array(z.enum(['reserved or charged twice', 'released what was never reserved', 'a reservation left hanging'])),
});

const stepSchema = z.object({
  op: z.enum(tradeOperations),
  answer: z.string().describe("the API's answer: 201/200, or the error code"),
  pair: pairSchema,
  verdict: verdictSchema,
  cell: caseCellSchema.nullable(),
});

const outcomeSchema = z.object({
  config: configSchema,
  decisions: z.array(count),
  choices: z.array(z.object({ label: z.string(), options: count, taken: count })),
  faults: count,
  steps: z.array(stepSchema),
  afterRecovery: observationSchema,
  afterReconcile: observationSchema,
  payOnlySeen: z.boolean(),
  inDoubt: z.object({ steps: count, ms: count }),
  cost: meterSchema,
  splitBranches: z.array(z.string()),
  guessed: z.string().nullable(),
  mergedAt: count.nullable(),
});

const counterexampleSchema = z.object({
  id: z.string(),
  replay: z.string(),
  faults: count,
  steps: count,
  turns: z.array(z.object({ label: z.string(), taken: count })),
  told: z.string(),
  outcome: outcomeSchema.pick({ steps: true, afterRecovery: true, afterReconcile: true, payOnlySeen: true, guessed: true }),
  story: tradeViewSchema.optional(),
});

export const exploreReportSchema = z.object({
  options: exploreOptionsSchema,
  durationMs: z.number(),
  schedules: count,
  merged: count,
  distinctEndStates: count,
  schedulesPerSecond: z.number(),
  configurations: z.array(
    configSchema.extend({
      schedules: count,
      merged: count,
      faultFree: meterSchema.describe('what the fault-free schedule cost, quiescence included'),
      inDoubt: z
        .object({ steps: count, ms: count })
        .describe('the longest run of deliveries (and virtual ms) in which the two sides differed: the in-doubt window'),
    }),
  ),
  properties: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      claim: z.string(),
      kind: z.enum(['always', 'reachable']),
      strategy: z.enum([...strategies, 'every']),
      fence,
      verdict: z.enum(['holds', 'fails', 'reached', 'not reached', 'not explored']),
      asPredicted: z.boolean(),
      schedules: count,
      matching: count,
      classes: z.array(z.object({ description: z.string(), schedules: count, shortest: counterexampleSchema, why: z.string() })),
    }),
  ),
  ok: z.boolean(),
  broken: z.array(z.string()),
}) satisfies z.ZodType<ExploreReport>;

export const exploreRunStatusSchema = runStatusSchema(
  z.object({ configuration: configSchema, schedules: count, total: count }) satisfies z.ZodType<ExploreProgress>,
);

/** JSON leaves out an undefined field: on the wire `story` is absent, not undefined. */
type WireOf<T extends { story: unknown }> = Omit<T, 'story'> & { story?: Exclude<T['story'], undefined> };

/** GET /api/explore/schedules/{id}: one schedule played again. */
export const replayedSchema = z.object({
  id: z.string(),
  outcome: outcomeSchema,
  told: z.string(),
  /** Why the schedule departs from the note, where the lab can tell. */
  why: z.string(),
  story: tradeViewSchema.optional(),
  properties: z.array(
    z.object({ id: z.string(), title: z.string(), kind: z.enum(['always', 'reachable']), kept: z.boolean(), found: z.string().optional() }),
  ),
  settings: settingsSchema
    .pick({ strategy: true, providerFence: true, tradeExpiryMs: true, rpcTimeoutMs: true, backoff: true })
    .extend({ v1OnUnknown: z.literal('assume-success') }),
}) satisfies z.ZodType<WireOf<Replayed>>;
