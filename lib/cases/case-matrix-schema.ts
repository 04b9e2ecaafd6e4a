import { z } from 'zod';
import { meterSchema } from '@/lib/meter';
import { transportNameSchema } from '@/lib/rpc/transport-schema';
import { booksSchema } from '@/lib/consistency/report-schema';
import { quadrants } from '@/lib/consistency/quadrant';
import { faultIds } from '@/lib/faults/catalog';
import type { CaseCell, Pair } from '@/lib/note/case-cell';
import { tradeViewSchema, verdictSchema } from '@/lib/read-model/trade-view-schema';
import { strategies, type Strategy } from '@/lib/strategies/catalog';
import { tableOperations } from '@/lib/trade/operations';
import type { CaseMatrixRun } from './run-every-case';

/** POST /api/matrix/run: nothing to choose; a body, if sent, must be empty. */
export const matrixRunOptionsSchema = z.object({}).strict().optional();

export const pairSchema = z
  .tuple([z.string(), z.string()])
  .describe('(caller, provider) as the note writes them; "—" = no row') satisfies z.ZodType<Pair>;

export const caseCellSchema = z.object({
  op: z.enum(tableOperations),
  strategy: z.enum(strategies),
  case: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  after: pairSchema,
  retried: pairSchema,
  verdict: z.enum(['ideal', 'repaired by retry', 'not repairable']),
  why: z.string(),
}) satisfies z.ZodType<CaseCell<Strategy>>;

const snapshot = z.object({ pair: pairSchema, quadrant: z.enum(quadrants), verdict: verdictSchema });

export const caseMatrixRunSchema = z.object({
  startedAt: z.number().int(),
  durationMs: z.number(),
  transport: transportNameSchema,
  passed: z.number().int(),
  failed: z.number().int(),
  cells: z.array(
    z.object({
      tradeId: z.string(),
      after: snapshot,
      retried: snapshot,
      mismatches: z.array(z.string()).describe("where the observation departs from the note's table"),
      cost: meterSchema.describe("what the cell's operation cost until its answer"),
      cell: caseCellSchema,
      fault: z.enum(faultIds).nullable(),
      passed: z.boolean(),
      trade: tradeViewSchema,
    }),
  ),
  books: z.object({ afterRetry: booksSchema, afterReconcile: booksSchema, reconciled: z.array(z.string()) }),
}) satisfies z.ZodType<CaseMatrixRun>;
