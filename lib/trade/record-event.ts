import { commit } from './commit';
import type { TradeContext } from './trade-context';
import { insertEvent } from './event-log';

/** Commits one event on its own (an RPC attempt, a fault) and wakes the live stream. */
export function recordEvent(ctx: TradeContext, tradeId: string | null, type: string, detail: Record<string, unknown>): Promise<void> {
  return commit(ctx, (db) => insertEvent(db, { at: ctx.clock.now(), tradeId, type, detail }));
}
