import type { TradeDb } from '@/db/trade/client';
import { insertEvent } from '@/lib/trade/event-log';
import type { TradeContext } from '@/lib/trade/trade-context';
import type { TradeEvent } from '@/lib/trade/trade-events';

/**
 * The TM of one global transaction: the trade it is for, and its story — each message it sent
 * and each local fault, stamped when it happened — written in one local commit with its answer
 * (as V2 writes an attempt with its result) rather than a commit per message: the events are
 * the lab's account of the protocol, not part of it, and a commit each would bill V3 for them.
 */
export interface Tm {
  ctx: TradeContext;
  tradeId: string;
  tell(event: TradeEvent): void;
  /** Writes what it told, in the caller's transaction. */
  flush(db: TradeDb): void;
}

export function tmFor(ctx: TradeContext, tradeId: string): Tm {
  const told: Parameters<typeof insertEvent>[1][] = [];
  return {
    ctx,
    tradeId,
    tell: (event) => told.push({ at: ctx.clock.now(), tradeId, ...event }),
    flush: (db) => {
      for (const event of told.splice(0)) insertEvent(db, event);
    },
  };
}
