import type { LiveTradeView } from '@/app/_shared/lab-api';
import type { TradeAction } from '@/lib/trade/trade-actions';

/** Why the server would refuse the action now, in its words (none when it would take it). */
export function serverRefusal(trade: LiveTradeView, action: TradeAction): string | undefined {
  const availability = trade.actions[action];
  return availability.allowed ? undefined : availability.refusal.message;
}
