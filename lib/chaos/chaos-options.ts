import { z } from 'zod';
import { faultIds } from '@/lib/faults/catalog';
import { providerLatencySchema } from '@/lib/settings/settings';
import { strategies } from '@/lib/strategies/catalog';

/** A chaos run's knobs — the API's body, the page's form, the command line's flags — with their defaults. */
/** Trades a run may make: a simulated one costs no wall time waiting, a real HTTP hop does. */
export const maxTrades = { simulated: 1_000_000, http: 10_000 } as const;

export const chaosOptionsSchema = z
  .object({
    /**
     * `simulated`: the same engine under virtual time and a simulated network, every draw from
     * the seed — a run replays exactly. `http`: the real loopback hop, timeouts in real time.
     */
    world: z.enum(['simulated', 'http']).default('http'),
    trades: z.number().int().min(1).max(maxTrades.simulated).default(1000),
    /** The chance each switched-on fault fires at each point it can (per call, per local write). */
    probability: z.number().min(0).max(1).default(0.05),
    faults: z
      .array(z.enum(faultIds))
      .max(faultIds.length)
      .default([...faultIds]),
    strategy: z.enum([...strategies, 'mixed']).default('mixed'),
    providerFence: z.enum(['on', 'off']).default('on'),
    /**
     * Seeds the plan (strategies, amounts, follow-ups) and the fault draws. Simulated, it seeds
     * the whole world and a run replays exactly. Over the real hop the draws are keyed by pay
     * order, operation and attempt, so each trade meets the same faults, but timing — which of
     * two calls in flight lands first — can still differ run to run.
     */
    seed: z.number().int().min(0).max(4_294_967_295).default(1),
    /**
     * The provider's latency, ms, and its jitter (a draw in [0, jitterMs] more): real waits over
     * the HTTP hop, virtual time in a simulation. Absent is 0 — and a report without it names none.
     */
    latencyMs: providerLatencySchema.shape.ms.optional(),
    jitterMs: providerLatencySchema.shape.jitterMs.optional(),
  })
  .strict()
  .refine((o) => o.trades <= maxTrades[o.world], {
    message: `a run over the real HTTP hop makes at most ${maxTrades.http.toLocaleString('en')} trades; a simulated one up to ${maxTrades.simulated.toLocaleString('en')}`,
    path: ['trades'],
  });

export type ChaosOptions = z.infer<typeof chaosOptionsSchema>;
