import { recordEvent } from '@/lib/trade/record-event';
import type { TradeContext } from '@/lib/trade/trade-context';
import { findTrade, payOrderIdFor, tradeIdOf, updateRequest, type RequestRow } from '@/lib/trade/trade-store';
import { runV1 } from '@/lib/trade/v1/v1-flows';
import { backoffDelayMs } from './backoff';
import type { SweepItem } from './sweep';

/**
 * V1's retry: V1 keeps nothing owed, so the lab re-drives the trade's last operation from the
 * local row — when the row still calls for it. Otherwise the case is not repairable by retry
 * (create case 4, modify case 3, delete case 3) and only reconciliation can clean up.
 */
export async function redriveV1(ctx: TradeContext, request: RequestRow): Promise<SweepItem> {
  const tradeId = tradeIdOf(request);
  const trade = findTrade(ctx.db, tradeId);
  const op = request.lastOp === 'cancel' ? 'delete' : request.lastOp;
  const stillCalledFor = trade !== undefined && (op !== 'confirm' || trade.status !== 'confirmed');
  const item = (outcome: SweepItem['outcome'], converged: boolean): SweepItem => ({
    tradeId,
    payOrderId: payOrderIdFor(tradeId),
    op,
    attempt: request.redriveAttempts + 1,
    outcome,
    converged,
    state: findTrade(ctx.db, tradeId)?.status ?? 'absent',
  });

  if (!stillCalledFor) {
    await ctx.gate.write(() => updateRequest(ctx.db, tradeId, { redrive: 'done', nextRedriveAt: null }));
    await recordEvent(ctx, tradeId, 'recovery', {
      kind: 'not-repairable',
      strategy: 'v1',
      op,
      repairable: false,
      why: trade ? 'the local row already moved on' : 'no local row to retry from',
    });
    return item('unknown', false);
  }

  // Create re-sends the try from the committed row; confirm and delete repeat the whole V1 operation.
  const result =
    op === 'create'
      ? await resendTry(ctx, tradeId, request.amountCents)
      : await runV1(ctx, { tradeId, amountCents: request.amountCents }, op, { redrive: true });
  const outcome = result.committed ? result.outcome.kind : (result.outcome?.kind ?? 'unknown');
  // A refusal is definite either way (a re-sent try refused for good leaves V1 a trade with no
  // payment and nothing more to try); a success counts only if V1's transaction kept it.
  const definite = outcome === 'failure' || (result.committed && outcome === 'success');
  const attempts = request.redriveAttempts + 1;
  const { backoff } = ctx.settings();
  const giveUp = !definite && attempts >= backoff.maxAttempts;
  await ctx.gate.write(() =>
    updateRequest(ctx.db, tradeId, {
      redrive: definite || giveUp ? 'done' : 'owed',
      redriveAttempts: attempts,
      nextRedriveAt: definite || giveUp ? null : ctx.now() + backoffDelayMs(attempts, backoff),
    }),
  );
  return item(outcome, definite && outcome === 'success');
}

/** A plain, idempotent re-send of the try: the local row is already there to retry from. */
async function resendTry(ctx: TradeContext, tradeId: string, amountCents: number) {
  const payOrderId = payOrderIdFor(tradeId);
  const call = await ctx.rpc.call({ op: 'try', body: { payOrderId, tradeId, amountCents } });
  await recordEvent(ctx, tradeId, 'rpc', {
    payOrderId,
    op: 'try',
    attempt: 'redrive',
    outcome: call.outcome,
    fault: call.fault,
    providerReply: call.providerReply,
    durationMs: call.durationMs,
    strategy: 'v1',
  });
  return { committed: true as const, outcome: call.outcome };
}
