import { z } from 'zod';
import type { ReconcileResult } from './reconcile';

/** POST /api/reconcile's body: how old a reservation must be before it may be released. */
export const reconcileOptionsSchema = z
  .object({ graceMs: z.number().int().min(0).optional() })
  .strict()
  .optional();

const item = { tradeId: z.string(), payOrderId: z.string(), amount: z.string() };

export const reconcileResultSchema = z.object({
  examined: z.number().int().describe('live reservations (pay orders in trySuccess) looked at'),
  cancelled: z.array(z.object(item)),
  skipped: z.array(
    z.object({
      ...item,
      reason: z.union([z.enum(['in flight', 'within grace']), z.templateLiteral(['refused: ', z.string()])]),
    }),
  ),
}) satisfies z.ZodType<ReconcileResult>;
