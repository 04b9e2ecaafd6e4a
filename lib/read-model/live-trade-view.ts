import type { AuditSources } from '@/lib/consistency/audit';
import { actionsOn } from '@/lib/trade/trade-actions';
import type { TradeContext } from '@/lib/trade/trade-context';
import { tradeView } from './trade-view';

/**
 * A trade as the pages show it live: the auditor's view, and what the trade service would do if
 * asked now. A story replayed after a run (the matrix's, chaos's, the explorer's) is the view alone.
 */
export function liveTradeView(sources: AuditSources, trade: TradeContext, tradeId: string) {
  const view = tradeView(sources, tradeId);
  const actions = actionsOn(trade, tradeId);
  return view && actions ? { ...view, actions } : undefined;
}

export type LiveTradeView = NonNullable<ReturnType<typeof liveTradeView>>;
