import { z } from 'zod';
import { faultIds } from '@/lib/faults/catalog';
import { tcEndpoints } from '@/lib/coordinator/contract';
import { operations } from '@/lib/pay-order/pay-order.machine';
import { destinations } from '@/lib/rpc/transport';
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
      from: z.enum(['trade', 'tc']).describe("the call's sender: the trade service, or (V3) the coordinator"),
      to: z.enum(destinations).nullable().describe("the call's receiver; null for a local step"),
      op: z.enum([...operations, ...tcEndpoints]).describe('the TCC operation a call carries, or its message to the coordinator'),
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
