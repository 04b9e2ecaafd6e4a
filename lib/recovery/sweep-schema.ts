import { z } from 'zod';
import type { SweepReport } from './sweep';

/** POST /api/recovery/run's body: `force` re-sends every owed operation, due or not. */
export const sweepOptionsSchema = z.object({ force: z.boolean().optional() }).strict().optional();

export const sweepReportSchema = z.object({
  attempted: z.array(
    z.object({
      tradeId: z.string(),
      payOrderId: z.string(),
      op: z.string(),
      attempt: z.number().int(),
      outcome: z.enum(['success', 'failure', 'unknown']),
      converged: z.boolean(),
      state: z.string(),
    }),
  ),
  converged: z.array(z.string()),
  busy: z.array(z.string()),
  attemptedCount: z.number().int(),
  convergedCount: z.number().int(),
}) satisfies z.ZodType<SweepReport>;
