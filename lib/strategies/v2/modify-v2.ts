import { fail, ok, type Result } from '@/lib/errors/lab-error';
import { decide } from '@/lib/pay-order/decide';
import { requestEvents } from '@/lib/pay-order/event-availability';
import { commit } from '@/lib/trade/commit';
import { callFor, type ModifyOperation } from '@/lib/trade/operations';
import { recordEvent } from '@/lib/trade/record-event';
import { faultEvent } from '@/lib/trade/trade-events';
import type { TradeContext } from '@/lib/trade/trade-context';
import { findMirrorByTrade } from '@/lib/trade/mirror-store';
import type { TradeDb } from '@/db/trade/client';
import type { MirrorRow } from '@/lib/trade/rows';
import { findTrade, updateTrade } from '@/lib/trade/trade-rows';
import { updateRequest } from '@/lib/trade/request-log';
import { type TradeRow } from '@/lib/trade/rows';
import type { TradeCode } from '@/lib/trade/trade.errors';
import { purge } from './follow-payment';
import { applyToMirror } from './mirror';
import { sendAfterCommit } from './send-after-commit';

/** Whether the mirror takes the operation now, as the machine decides: the mirror it starts from, or the refusal. */
export function planModifyV2(
  db: TradeDb,
  trade: TradeRow,
  op: ModifyOperation,
): Result<{ mirror: MirrorRow; purgeOnly: boolean }, TradeCode> {
  const mirror = findMirrorByTrade(db, trade.id);
  if (!mirror) return fail('illegal_transition', `trade ${trade.id} has no pay order`);
  // Deleting a trade whose payment is already cancelled owes the provider nothing: purge at once.
  const purgeOnly = op === 'delete' && mirror.state === 'cancelled';
  const check = decide(mirror, { type: requestEvents[op] });
  return check.accepted || purgeOnly ? ok({ mirror, purgeOnly }) : fail('illegal_transition', check.reason);
}

/** V2 modifies as it creates: commit the intent on the mirror, then call, then record the result. */
export async function modifyV2(ctx: TradeContext, trade: TradeRow, op: ModifyOperation): Promise<Result<{ tradeId: string }, TradeCode>> {
  const planned = planModifyV2(ctx.db, trade, op);
  if (!planned.ok) return planned;
  const { mirror, purgeOnly } = planned.value;

  const wireOp = callFor[op];
  if (!purgeOnly && (await ctx.steps.fires('local.fail_before_rpc', { op: wireOp, payOrderId: mirror.id, tradeId: trade.id }))) {
    // Case 2: the intent never commits; the provider is never called.
    await recordEvent(ctx, trade.id, faultEvent('local.fail_before_rpc', wireOp, 'committing the intent'));
    return fail('local_tx_failed', `the local transaction failed before the RPC: trade ${trade.id} is unchanged`, { tradeId: trade.id });
  }

  const at = ctx.clock.now();
  const committed = await commit(ctx, (db) => {
    const current = findMirrorByTrade(db, trade.id);
    if (!current || findTrade(db, trade.id)?.status !== 'created') return false;
    updateRequest(db, trade.id, { lastOp: op });
    if (op === 'delete') updateTrade(db, trade.id, { status: 'deleting', updatedAt: at });
    if (purgeOnly) {
      purge(db, trade.id, current.id, at);
      return true;
    }
    const set = { attempts: 0, nextRetryAt: null, lastError: null, parked: false };
    return applyToMirror(db, current, { event: requestEvents[op], op }, at, set).accepted;
  });
  if (!committed) return fail('illegal_transition', `trade ${trade.id} changed meanwhile; try again`);
  if (purgeOnly) return ok({ tradeId: trade.id });

  await sendAfterCommit(ctx, { op: wireOp, payOrderId: mirror.id, tradeId: trade.id });
  return ok({ tradeId: trade.id });
}
