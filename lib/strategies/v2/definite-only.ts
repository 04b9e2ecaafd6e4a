import type { Operation } from '@/lib/pay-order/pay-order.machine';
import type { RpcOutcome } from '@/lib/pay/contract';
import type { TradeView } from '@/lib/read-model/trade-view';
import { answerIn } from '@/lib/trade/trade-events';

/**
 * "Change state only on a definite result", checked on the trade's own record: every mirror
 * transition an attempt caused must be the one its outcome allows — a success or a refusal
 * moves the state, an unknown answer only to `unknown`, still owing the same operation.
 */
export function guessOf(view: TradeView | undefined): string | null {
  if (!view) return null;
  const outcomes = new Map<number, { op: Operation; kind: RpcOutcome['kind'] }>();
  for (const e of view.events) {
    if (e.source !== 'trade') continue;
    if (e.type === 'rpc' && e.detail.attempt !== 'redrive')
      outcomes.set(e.detail.attempt, { op: e.detail.op, kind: e.detail.outcome.kind });
    const d = answerIn(e);
    const outcome = d && outcomes.get(d.attempt);
    if (!d || !outcome) continue;
    if (outcome.kind === 'unknown' && (d.event !== 'call.unknown' || d.to !== 'unknown' || d.owed !== d.owedBefore)) {
      return `attempt ${d.attempt}'s ${outcome.op} had no definite answer, yet the mirror took ${d.event} to ${d.to} owing ${String(d.owed)}`;
    }
    if (outcome.kind !== 'unknown' && d.event === 'call.unknown' && outcome.op !== 'cancel') {
      return `attempt ${d.attempt}'s ${outcome.op} got a definite ${outcome.kind}, yet the mirror recorded it as unknown`;
    }
  }
  return null;
}
