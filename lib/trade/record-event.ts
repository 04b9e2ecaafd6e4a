import { commit } from './commit';
import type { TradeContext } from './trade-context';
import { insertEvent } from './event-log';
import type { TradeEvent } from './trade-events';

/** Commits one event on its own (an RPC attempt, a fault) and wakes the live stream. */
export function recordEvent(ctx: TradeContext, tradeId: string | null, event: TradeEvent): Promise<void> {
  return commit(ctx, (db) => insertEvent(db, { at: ctx.clock.now(), tradeId, ...event }));
}
