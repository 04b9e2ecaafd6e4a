import { fail, ok, type Result } from '@/lib/errors/lab-error';
import { commit } from '@/lib/trade/commit';
import { recordEvent } from '@/lib/trade/record-event';
import { sendOwed } from '@/lib/trade/send-owed';
import type { TradeContext } from '@/lib/trade/trade-context';
import { findMirrorByTrade, findRequest, updateMirror, updateRequest } from '@/lib/trade/trade-store';
import { redriveV1 } from './redrive-v1';

const onTheWire = (tradeId: string) => fail('illegal_transition', `a call for trade ${tradeId} is already on the wire`);

/** "Retry now": send what is owed at once, even if parked or not yet due. */
export async function retryNow(ctx: TradeContext, tradeId: string): Promise<Result<{ tradeId: string }>> {
  const request = findRequest(ctx.db, tradeId);
  if (!request) return fail('not_found', `no trade ${tradeId}`);
  if (request.strategy === 'v1') {
    if (request.redrive !== 'owed') return fail('illegal_transition', `nothing is owed for trade ${tradeId}`);
    return (await redriveV1(ctx, request)) === 'busy' ? onTheWire(tradeId) : ok({ tradeId });
  }
  const mirror = findMirrorByTrade(ctx.db, tradeId);
  if (!mirror?.owed) return fail('illegal_transition', `nothing is owed for trade ${tradeId}`);
  await commit(ctx, (db) => updateMirror(db, mirror.id, { parked: false, nextRetryAt: null }));
  return (await sendOwed(ctx, mirror.id)).kind === 'busy' ? onTheWire(tradeId) : ok({ tradeId });
}

/** "Stop retrying": park the order as needing attention; recovery leaves it alone until retried by hand. */
export async function stopRetrying(ctx: TradeContext, tradeId: string): Promise<Result<{ tradeId: string }>> {
  const request = findRequest(ctx.db, tradeId);
  if (!request) return fail('not_found', `no trade ${tradeId}`);
  if (request.strategy === 'v1') {
    if (request.redrive !== 'owed') return fail('illegal_transition', `nothing is owed for trade ${tradeId}`);
    await commit(ctx, (db) => updateRequest(db, tradeId, { redrive: 'done', nextRedriveAt: null }));
  } else {
    const mirror = findMirrorByTrade(ctx.db, tradeId);
    if (!mirror?.owed) return fail('illegal_transition', `nothing is owed for trade ${tradeId}`);
    await commit(ctx, (db) => updateMirror(db, mirror.id, { parked: true, nextRetryAt: null }));
  }
  await recordEvent(ctx, tradeId, 'recovery', { kind: 'stopped', by: 'hand' });
  return ok({ tradeId });
}
