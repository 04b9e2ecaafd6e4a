import { fail, ok, type Result } from '@/lib/errors/lab-error';
import { recordEvent } from '@/lib/trade/record-event';
import { sendOwed } from '@/lib/trade/send-owed';
import type { TradeContext } from '@/lib/trade/trade-context';
import { findMirrorByTrade, findRequest, updateMirror, updateRequest } from '@/lib/trade/trade-store';
import { redriveV1 } from './redrive-v1';

/** "Retry now": send what is owed at once, even if parked or not yet due. */
export async function retryNow(ctx: TradeContext, tradeId: string): Promise<Result<{ tradeId: string }>> {
  const request = findRequest(ctx.db, tradeId);
  if (!request) return fail('not_found', `no trade ${tradeId}`);
  if (request.strategy === 'v1') {
    if (request.redrive !== 'owed') return fail('illegal_transition', `nothing is owed for trade ${tradeId}`);
    await redriveV1(ctx, request);
    return ok({ tradeId });
  }
  const mirror = findMirrorByTrade(ctx.db, tradeId);
  if (!mirror?.owed) return fail('illegal_transition', `nothing is owed for trade ${tradeId}`);
  await ctx.gate.write(() => updateMirror(ctx.db, mirror.id, { parked: false, nextRetryAt: null }));
  const sent = await sendOwed(ctx, mirror.id);
  if (sent.kind === 'busy') return fail('illegal_transition', `a call for trade ${tradeId} is already on the wire`);
  return ok({ tradeId });
}

/** "Stop retrying": park the order as needing attention; recovery leaves it alone until retried by hand. */
export async function stopRetrying(ctx: TradeContext, tradeId: string): Promise<Result<{ tradeId: string }>> {
  const request = findRequest(ctx.db, tradeId);
  if (!request) return fail('not_found', `no trade ${tradeId}`);
  if (request.strategy === 'v1') {
    if (request.redrive !== 'owed') return fail('illegal_transition', `nothing is owed for trade ${tradeId}`);
    await ctx.gate.write(() => updateRequest(ctx.db, tradeId, { redrive: 'done', nextRedriveAt: null }));
  } else {
    const mirror = findMirrorByTrade(ctx.db, tradeId);
    if (!mirror?.owed) return fail('illegal_transition', `nothing is owed for trade ${tradeId}`);
    await ctx.gate.write(() => updateMirror(ctx.db, mirror.id, { parked: true, nextRetryAt: null }));
  }
  await recordEvent(ctx, tradeId, 'recovery', { kind: 'stopped', by: 'hand' });
  return ok({ tradeId });
}
