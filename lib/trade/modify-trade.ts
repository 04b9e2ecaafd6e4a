import { fail, type Result } from '@/lib/errors/lab-error';
import { portOf } from '@/lib/strategies/registry';
import type { Refusal } from '@/lib/strategies/strategy';
import type { ModifyOperation } from './operations';
import type { TradeRow } from './rows';
import type { TradeContext } from './trade-context';
import type { TradeCode } from './trade.errors';
import { findTrade } from './trade-rows';

const done: Record<ModifyOperation, string> = { confirm: 'confirmed', cancel: 'cancelled', delete: 'deleted' };

/** Confirm, cancel or delete a trade's payment, by the trade's own strategy, once the trade is known to allow it. */
export function modifyTrade(ctx: TradeContext, tradeId: string, op: ModifyOperation): Promise<Result<{ tradeId: string }, TradeCode>> {
  const trade = findTrade(ctx.db, tradeId);
  const refused = tradeRefusal(ctx, tradeId, trade, op);
  // The strategy's flow is the whole rest of the request.
  return refused ? Promise.resolve(refused) : portOf(trade!.strategy).modify(ctx, trade!, op);
}

/** Why the trade itself rules the operation out, whatever its strategy: it is gone, no longer `created`, or not expired for a delete. */
export function tradeRefusal(ctx: TradeContext, tradeId: string, trade: TradeRow | undefined, op: ModifyOperation): Refusal | null {
  if (!trade) return fail('not_found', `no trade ${tradeId}`);
  if (trade.status !== 'created')
    return fail('illegal_transition', `trade ${tradeId} is ${trade.status}; only a created trade can be ${done[op]}`);
  if (op === 'delete' && trade.createdAt + ctx.settings().tradeExpiryMs > ctx.clock.now()) {
    return fail('not_expired', `trade ${tradeId} has not expired yet; only an expired, unconfirmed trade may be deleted`);
  }
  return null;
}
