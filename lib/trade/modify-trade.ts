import { fail, type Result } from '@/lib/errors/lab-error';
import { portOf } from '@/lib/strategies/registry';
import type { ModifyOperation } from './operations';
import type { TradeContext } from './trade-context';
import type { TradeCode } from './trade.errors';
import { findTrade } from './trade-rows';

const done: Record<ModifyOperation, string> = { confirm: 'confirmed', cancel: 'cancelled', delete: 'deleted' };

/** Confirm, cancel or delete a trade's payment, by the trade's own strategy, once the trade is known to allow it. */
export function modifyTrade(ctx: TradeContext, tradeId: string, op: ModifyOperation): Promise<Result<{ tradeId: string }, TradeCode>> {
  const trade = findTrade(ctx.db, tradeId);
  if (!trade) return Promise.resolve(fail('not_found', `no trade ${tradeId}`));
  if (trade.status !== 'created')
    return Promise.resolve(fail('illegal_transition', `trade ${tradeId} is ${trade.status}; only a created trade can be ${done[op]}`));
  if (op === 'delete' && trade.createdAt + ctx.settings().tradeExpiryMs > ctx.clock.now()) {
    return Promise.resolve(fail('not_expired', `trade ${tradeId} has not expired yet; only an expired, unconfirmed trade may be deleted`));
  }
  // The strategy's flow is the whole rest of the request.
  return portOf(trade.strategy).modify(ctx, trade, op);
}
