import { z } from 'zod';
import { faultIds } from '@/lib/faults/catalog';
import { operations } from '@/lib/pay-order/pay-order.machine';
import type { WireSnapshot } from './wire';
import { wireActions } from './wire-actions';

/** POST /api/wire/{id}'s body: what to do with one held message or local step. */
export const wireActionSchema = z.object({ action: z.enum(wireActions) }).strict();

/** Its answer: the action taken on that id. */
export const wireActedSchema = z.object({ id: z.string(), action: z.enum(wireActions) });

export const wireSnapshotSchema = z.object({
  stepMode: z.boolean(),
  holdLocalSteps: z.boolean(),
  now: z.number().int().describe("the server's clock"),
  held: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['call', 'local']),
      op: z.enum(operations),
      payOrderId: z.string(),
      tradeId: z.string().nullable(),
      attempt: z.union([z.number().int(), z.literal('redrive')]).nullable(),
      fault: z.enum(faultIds).nullable(),
      heldAt: z.number().int(),
      timeoutAt: z.number().int().nullable(),
      late: z.boolean(),
      actions: z.array(z.enum(wireActions)),
    }),
  ),
}) satisfies z.ZodType<WireSnapshot>;
