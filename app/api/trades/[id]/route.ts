import { getLab } from '@/lib/lab';
import { liveTradeView } from '@/lib/read-model/live-trade-view';
import { error, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import { modifyTrade } from '@/lib/trade/modify-trade';
import { tradeAction } from './trade-action';

export const dynamic = 'force-dynamic';

export const GET = route(async (_req: Request, ctx: RouteContext<'/api/trades/[id]'>) => {
  const { id } = await ctx.params;
  const lab = getLab();
  const view = liveTradeView(lab.audit, lab.trade, id);
  return view ? json(view) : error('not_found', `no trade ${id}`);
});

/** Deletes an expired, unconfirmed trade: V1 physically, V2 logically, then purged once the cancel is definite. */
export const DELETE = tradeAction((lab, id) => modifyTrade(lab.trade, id, 'delete'));
