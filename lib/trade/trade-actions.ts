import { portOf } from '@/lib/strategies/registry';
import type { RecoveryAction, Refusal } from '@/lib/strategies/strategy';
import { tradeRefusal } from './modify-trade';
import type { ModifyOperation } from './operations';
import { findRequest } from './request-log';
import type { TradeContext } from './trade-context';
import { findTrade } from './trade-rows';

/** What a person may ask of a trade, in the order the pages offer them. */
export const tradeActions = ['confirm', 'cancel', 'delete', 'retry', 'stop-retrying'] as const;
export type TradeAction = (typeof tradeActions)[number];

/** One action as the server would take it now: allowed, or refused with the code and reason the request would get. */
export type ActionAvailability = { allowed: true } | { allowed: false; refusal: { code: string; message: string } };

/**
 * The actions the trade service would take on the trade now — asked of the same checks its
 * handlers run (the trade's own state, then its strategy's rules: the machine for V2's mirror,
 * the owed work for a retry) — so a page draws them and decides nothing. Null: no such trade.
 */
export function actionsOn(ctx: TradeContext, tradeId: string): Record<TradeAction, ActionAvailability> | null {
  const request = findRequest(ctx.db, tradeId);
  if (!request) return null;
  const trade = findTrade(ctx.db, tradeId);
  const port = portOf(request.strategy);
  const modify = (op: ModifyOperation) => availability(tradeRefusal(ctx, tradeId, trade, op) ?? port.refusal(ctx.db, trade!, op));
  const recover = (action: RecoveryAction) => availability(port.recovery.refusal(ctx.db, request, action));
  return {
    confirm: modify('confirm'),
    cancel: modify('cancel'),
    delete: modify('delete'),
    retry: recover('retry'),
    'stop-retrying': recover('stop-retrying'),
  };
}

const availability = (refused: Refusal | null): ActionAvailability =>
  refused && !refused.ok ? { allowed: false, refusal: { code: refused.error.code, message: refused.error.message } } : { allowed: true };
