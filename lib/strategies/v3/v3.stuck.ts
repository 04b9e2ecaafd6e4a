import type { Said } from '@/lib/chaos/said';

/** How a stuck V3 trade is named: the coordinator's log leaves nothing open that will bring the two sides together. */
export const v3StuckExplanations = {
  v3Parked: (s) =>
    `caller ${s.caller}, provider ${s.provider}: the coordinator stopped retrying phase 2 past its limit; the transaction waits for a person`,
  v3Unsettled: (s) =>
    `caller ${s.caller}, provider ${s.provider}: no open global transaction will settle it (a late or repeated call got through where the fence would have answered it)`,
} satisfies Record<string, (s: Said) => string>;

export type V3StuckReason = keyof typeof v3StuckExplanations;
