import { z } from 'zod';
import type { CoordinatorSettings } from '@/lib/coordinator/phase-two';
import { defaultStrategy, strategies } from '@/lib/strategies/catalog';

export const backoffSchema = z
  .object({
    /** The first retry waits about this long; each further one doubles it. */
    baseMs: z.number().int().min(1).max(3_600_000),
    maxMs: z.number().int().min(1).max(86_400_000),
    /** After this many attempts the pay order is parked as needing attention. */
    maxAttempts: z.number().int().min(1).max(1000),
    /** ± this fraction of randomness, so retries of many orders do not arrive together. */
    jitter: z.number().min(0).max(1),
  })
  .strict();

/** The coordinator's (V3) timing, as Seata configures its TC. */
export const coordinatorSettingsSchema = z
  .object({
    /** How long a TM may take to decide before the TC rolls its global transaction back (Seata: 60 s). */
    globalTimeoutMs: z.number().int().min(100).max(86_400_000),
    /** Phase 2 is retried at this fixed interval (Seata: every second). */
    retryIntervalMs: z.number().int().min(10).max(3_600_000),
    /** Phase-2 rounds before a transaction is parked for a person; 0: retried forever (Seata's default). */
    retryLimit: z.number().int().min(0).max(1000),
    /** A supervisor brings a crashed coordinator back after this long; 0: only a person restarts it (to show blocking). */
    restartAfterMs: z.number().int().min(0).max(3_600_000),
  })
  .strict() satisfies z.ZodType<CoordinatorSettings>;

/**
 * How long the provider takes to answer: each of its answers waits `ms` plus a uniform draw in
 * [0, `jitterMs`] — for real on the HTTP hop, on the virtual clock in a simulation.
 */
export const providerLatencySchema = z
  .object({
    ms: z.number().int().min(0).max(60_000),
    jitterMs: z.number().int().min(0).max(60_000),
  })
  .strict();
export type ProviderLatency = z.infer<typeof providerLatencySchema>;

export const settingsSchema = z
  .object({
    strategy: z.enum(strategies),
    v1OnUnknown: z.enum(['assume-success', 'assume-failure']),
    providerFence: z.enum(['on', 'off']),
    rpcTimeoutMs: z.number().int().min(10).max(60_000),
    backoff: backoffSchema,
    /** An unconfirmed trade may be deleted once it is this old (0: at once, so the lab can show it). */
    tradeExpiryMs: z.number().int().min(0).max(86_400_000),
    /** Seeds the faults' `probability` draws: the same seed and the same requests replay the same run. */
    faultSeed: z.number().int().min(0).max(4_294_967_295),
    /** Step mode: every call the trade service makes waits on the wire for a person's decision. */
    stepMode: z.boolean(),
    /** In step mode, each local step (a commit, and after it a possible crash) waits too. */
    holdLocalSteps: z.boolean(),
    /** The caller's timeout while step mode is on: long enough to decide in. */
    stepTimeoutMs: z.number().int().min(1_000).max(600_000),
    coordinator: coordinatorSettingsSchema,
    providerLatency: providerLatencySchema,
  })
  .strict();

export type LabSettings = z.infer<typeof settingsSchema>;

/** A PUT may change any subset, backoff, the coordinator's timing and the provider's latency field by field. */
export const settingsPatchSchema = settingsSchema
  .extend({
    backoff: backoffSchema.partial(),
    coordinator: coordinatorSettingsSchema.partial(),
    providerLatency: providerLatencySchema.partial(),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings: LabSettings = {
  strategy: defaultStrategy,
  v1OnUnknown: 'assume-success',
  providerFence: 'on',
  rpcTimeoutMs: 1000,
  backoff: { baseMs: 500, maxMs: 30_000, maxAttempts: 8, jitter: 0.2 },
  tradeExpiryMs: 0,
  faultSeed: 1,
  stepMode: false,
  holdLocalSteps: false,
  stepTimeoutMs: 30_000,
  coordinator: { globalTimeoutMs: 10_000, retryIntervalMs: 1_000, retryLimit: 0, restartAfterMs: 0 },
  providerLatency: { ms: 0, jitterMs: 0 },
};

export function applySettingsPatch(current: LabSettings, patch: SettingsPatch): LabSettings {
  return settingsSchema.parse({
    ...current,
    ...patch,
    backoff: { ...current.backoff, ...patch.backoff },
    coordinator: { ...current.coordinator, ...patch.coordinator },
    providerLatency: { ...current.providerLatency, ...patch.providerLatency },
  });
}
