import { getLab, type Lab } from '@/lib/lab';
import { liveTradeView } from '@/lib/read-model/live-trade-view';
import type { Result } from '@/lib/errors/lab-error';
import { errorResponse, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import type { TradeCode } from '@/lib/trade/trade.errors';

/** A POST/DELETE on one trade: run the action, then answer with the trade as it now stands. */
export function tradeAction(run: (lab: Lab, id: string) => Promise<Result<unknown, TradeCode>>) {
  return route(async (_req: Request, ctx: { params: Promise<{ id: string }> }) => {
    const { id } = await ctx.params;
    const lab = getLab();
    const done = await run(lab, id);
    return done.ok ? json(liveTradeView(lab.audit, lab.trade, id)) : errorResponse(done.error);
  });
}
