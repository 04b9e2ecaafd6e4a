import type { Said } from '@/lib/chaos/said';

/** V2 ends stuck only without the fence. */
export const v2StuckExplanations = {
  v2WithoutFence: (s) =>
    `caller ${s.caller}, provider ${s.provider}: a late or repeated call got through where the fence would have answered it (V2 ends stuck only without the fence)`,
} satisfies Record<string, (s: Said) => string>;

export type V2StuckReason = keyof typeof v2StuckExplanations;
