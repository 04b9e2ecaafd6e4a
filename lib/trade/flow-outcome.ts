import type { NotCreatedCode } from './trade.errors';

/** How a flow ended for the trade: it exists (whatever its payment did), or it does not. */
export type FlowOutcome = { kind: 'created'; note?: string } | { kind: 'not-created'; code: NotCreatedCode; message: string };
