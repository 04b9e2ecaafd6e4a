import type { TradeView } from '@/lib/read-model/trade-view';

/**
 * "Change state only on a definite result", checked on the trade's own record: every mirror
 * transition an attempt caused must be the one its outcome allows — a success or a refusal
 * moves the state, an unknown answer only to `unknown`, still owing the same operation.
 */
export function guessOf(view: TradeView | undefined): string | null {
  if (!view) return null;
  const outcomes = new Map<number, { op: string; kind: string }>();
  for (const e of view.events) {
    if (e.source !== 'trade') continue;
    const d = e.detail as {
      attempt?: unknown;
      op?: unknown;
      outcome?: { kind?: unknown };
      event?: unknown;
      to?: unknown;
      owed?: unknown;
      owedBefore?: unknown;
    };
    if (e.type === 'rpc' && typeof d.attempt === 'number') outcomes.set(d.attempt, { op: String(d.op), kind: String(d.outcome?.kind) });
    if (e.type !== 'transition' || typeof d.attempt !== 'number') continue;
    const outcome = outcomes.get(d.attempt);
    if (!outcome) continue;
    const event = String(d.event);
    if (outcome.kind === 'unknown' && (event !== 'call.unknown' || d.to !== 'unknown' || d.owed !== d.owedBefore)) {
      return `attempt ${d.attempt}'s ${outcome.op} had no definite answer, yet the mirror took ${event} to ${String(d.to)} owing ${String(d.owed)}`;
    }
    if (outcome.kind !== 'unknown' && event === 'call.unknown' && outcome.op !== 'cancel') {
      return `attempt ${d.attempt}'s ${outcome.op} got a definite ${outcome.kind}, yet the mirror recorded it as unknown`;
    }
  }
  return null;
}
