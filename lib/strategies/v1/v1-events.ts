import { z } from 'zod';
import { operations, type Operation } from '@/lib/pay-order/pay-order.machine';

/**
 * V1's own kind of trade event: how its transaction ended, and why — the guess it made on an
 * unknown answer included. Joined into the trade service's events through the catalog.
 */
export const v1DecisionSchema = z.object({
  type: z.literal('v1'),
  detail: z.strictObject({ op: z.enum(operations), decision: z.enum(['commit', 'rollback']), why: z.string() }),
});

export const v1DecisionEvent = (op: Operation, commit: boolean, why: string): z.infer<typeof v1DecisionSchema> => ({
  type: 'v1',
  detail: { op, decision: commit ? 'commit' : 'rollback', why },
});
