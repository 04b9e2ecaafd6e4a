import { z } from 'zod';
import { faultIds } from '@/lib/faults/catalog';

/** A chaos run's knobs — the API's body, the page's form, the command line's flags — with their defaults. */
export const chaosOptionsSchema = z
  .object({
    trades: z.number().int().min(1).max(10_000).default(1000),
    /** The chance each switched-on fault fires at each point it can (per call, per local write). */
    probability: z.number().min(0).max(1).default(0.05),
    faults: z
      .array(z.enum(faultIds))
      .max(faultIds.length)
      .default([...faultIds]),
    strategy: z.enum(['v1', 'v2', 'mixed']).default('mixed'),
    providerFence: z.enum(['on', 'off']).default('on'),
    /**
     * Seeds the plan (strategies, amounts, follow-ups) and the fault draws, which are keyed by
     * pay order, operation and attempt: the same seed gives each trade the same faults. What
     * can still differ run to run is timing — which of two calls in flight lands first.
     */
    seed: z.number().int().min(0).max(4_294_967_295).default(1),
  })
  .strict();

export type ChaosOptions = z.infer<typeof chaosOptionsSchema>;
