import type { NotCreatedCode } from './trade.errors';

/** How a flow ended for the trade: it exists (whatever its payment did), or it does not. */
export type FlowOutcome =
  | { kind: 'created'; note?: string }
  | { kind: 'not-created'; code: NotCreatedCode; message: string }
  /** The flow cannot know whether the trade will exist: another service's log decides (V3's coordinator). */
  | { kind: 'in-doubt'; message: string };
