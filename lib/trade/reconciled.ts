import { commit } from './commit';
import type { TradeContext } from './trade-context';
import { insertEvent } from './event-log';
import { reconciledEvent } from './trade-events';

/**
 * The provider told us its reconciliation released reservations no trade of ours knows: each
 * goes into that trade id's story, so its page shows how the orphan ended.
 */
export async function recordReconciled(
  ctx: TradeContext,
  released: readonly { tradeId: string; payOrderId: string; amountCents: number }[],
) {
  if (!released.length) return;
  const at = ctx.clock.now();
  await commit(ctx, (db) => {
    for (const o of released) insertEvent(db, { at, tradeId: o.tradeId, ...reconciledEvent(o.payOrderId, o.amountCents) });
  });
}
