import type { AttemptRecord } from '@/lib/trade/trade-events';

/**
 * How V1's RPC attempts have always been recorded: tagged with its name, a success's answer kept
 * in the outcome. Kept apart from V1's event schema, which the catalog joins into the trade
 * service's events: this record is written in terms of those events.
 */
export const v1Attempts = { strategy: 'v1', answerInOutcome: true } as const satisfies AttemptRecord;
