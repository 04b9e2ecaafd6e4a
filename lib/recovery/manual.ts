import { fail, ok, type Result } from '@/lib/errors/lab-error';
import { portOf } from '@/lib/strategies/registry';
import { recordEvent } from '@/lib/trade/record-event';
import { stoppedByHandEvent } from '@/lib/trade/trade-events';
import type { TradeContext } from '@/lib/trade/trade-context';
import { findRequest } from '@/lib/trade/request-log';
import type { TradeCode } from '@/lib/trade/trade.errors';

/** "Retry now": send what is owed at once, even if parked or not yet due. */
export async function retryNow(ctx: TradeContext, tradeId: string): Promise<Result<{ tradeId: string }, TradeCode>> {
  const request = findRequest(ctx.db, tradeId);
  if (!request) return fail('not_found', `no trade ${tradeId}`);
  return portOf(request.strategy).recovery.retryNow(ctx, request);
}

/** "Stop retrying": park the order as needing attention; recovery leaves it alone until retried by hand. */
export async function stopRetrying(ctx: TradeContext, tradeId: string): Promise<Result<{ tradeId: string }, TradeCode>> {
  const request = findRequest(ctx.db, tradeId);
  if (!request) return fail('not_found', `no trade ${tradeId}`);
  const stopped = await portOf(request.strategy).recovery.stopRetrying(ctx, request);
  if (!stopped.ok) return stopped;
  await recordEvent(ctx, tradeId, stoppedByHandEvent());
  return ok({ tradeId });
}
