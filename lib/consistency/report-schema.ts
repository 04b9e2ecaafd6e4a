import { z } from 'zod';
import { tradeSummarySchema, verdictSchema } from '@/lib/read-model/trade-view-schema';
import type { Books, ConsistencyReport, InconsistentItem } from './consistency-report';
import type { InvariantId, InvariantResult } from './invariants';
import { quadrants } from './quadrant';

/** The auditor's answers as schemas, for the API document (its tests check real answers against them). */

const invariantIds = [
  'moneyConserved',
  'frozenMatchesReservations',
  'noHangingReservation',
  'noDoubleReservation',
  'answeredTradesPresent',
] as const satisfies readonly InvariantId[];

export const invariantResultSchema = z
  .object({
    id: z.enum(invariantIds),
    ok: z.boolean(),
    description: z.string(),
    witnesses: z.array(z.string()).describe('trade ids (or pay order ids), the first `limit` of them'),
    witnessCount: z.number().int(),
    detail: z.string().optional(),
  })
  .strict() satisfies z.ZodType<InvariantResult>;

const count = z.number().int();

export const booksSchema = z.object({
  quadrants: z.object({ both: count, tradeOnly: count, payOnly: count, neither: count }),
  verdicts: z.object({ consistent: count, converging: count, stuck: count }),
  invariants: z.array(invariantResultSchema),
}) satisfies z.ZodType<Books>;

const inconsistentItemSchema = z.object({
  tradeId: z.string(),
  quadrant: z.enum(quadrants),
  verdict: verdictSchema,
  trade: tradeSummarySchema.shape.trade,
  mirror: tradeSummarySchema.shape.mirror,
  provider: tradeSummarySchema.shape.provider,
}) satisfies z.ZodType<InconsistentItem>;

export const consistencyReportSchema = booksSchema.extend({
  at: z.number().int(),
  total: count,
  inconsistentCount: count,
  inconsistent: z.array(inconsistentItemSchema).describe('stuck first, then converging; at most 200'),
  ok: z.boolean(),
}) satisfies z.ZodType<ConsistencyReport>;
