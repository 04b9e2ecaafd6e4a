import type { ErrorCode } from '@/lib/errors/lab-error';

/** How a flow ended for the trade: it exists (whatever its payment did), or it does not. */
export type FlowOutcome = { kind: 'created'; note?: string } | { kind: 'not-created'; code: ErrorCode; message: string };
