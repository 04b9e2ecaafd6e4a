import type { FaultId } from '@/lib/faults/catalog';
import type { Operation } from '@/lib/pay-order/pay-order.machine';
import { recordEvent } from '@/lib/trade/record-event';
import { faultEvent } from '@/lib/trade/trade-events';
import { sendClaimed, type SendResult } from './send-owed';
import type { TradeContext } from '@/lib/trade/trade-context';

/**
 * A V2 flow's own call, right after it committed what it owes. The pay order is claimed from
 * the moment a crash could strike through the call, so recovery never sends the same call
 * beside the flow — not even while a person holds that moment in step mode. A crash releases
 * the claim: recovery then sends it, as after a real crash.
 */
export async function sendAfterCommit(
  ctx: TradeContext,
  at: { op: Operation; payOrderId: string; tradeId: string },
  forced: readonly FaultId[] = [],
): Promise<SendResult | { kind: 'crashed' }> {
  const result = await ctx.inFlight.exclusive(at.payOrderId, async () => {
    if (await ctx.steps.fires('local.crash_after_commit', at, forced)) {
      await recordEvent(ctx, at.tradeId, faultEvent('local.crash_after_commit', at.op, 'after the intent commit', at.payOrderId));
      return { kind: 'crashed' as const };
    }
    return sendClaimed(ctx, at.payOrderId, forced);
  });
  return result;
}
