import { z } from 'zod';
import { operations } from '@/lib/pay-order/pay-order.machine';
import { faultIds, faultModes } from './catalog';
import type { FaultView } from './fault-injector';

/** One fault of the catalog with its current mode, as GET /api/faults and PUT /api/faults/{id} answer it. */
export const faultViewSchema = z.object({
  id: z.enum(faultIds),
  label: z.string(),
  effect: z.string(),
  mode: z.enum(faultModes),
  probability: z.number().nullable(),
  op: z.enum(operations).nullable(),
  fired: z.number().int().describe('how many times it fired since the last reset'),
}) satisfies z.ZodType<FaultView>;

export const faultListSchema = z.object({ faults: z.array(faultViewSchema) });
