import { pairOf } from '@/lib/note/case-matrix';
import type { Verdict } from '@/lib/consistency/quadrant';
import type { TradeSummary } from '@/lib/consistency/trade-summary';
import { perStrategy, type Strategy } from '@/lib/strategies/catalog';
import { portOf, strategyStuckExplanations } from '@/lib/strategies/registry';
import type { Said } from './said';

export interface StuckTrade extends Said {
  tradeId: string;
  strategy: TradeSummary['strategy'];
  quadrant: TradeSummary['quadrant'];
  /** Which of the note's cases this is, when it is one: as a code (for the page's words) and in English. */
  reason: StuckReason;
  explanation: string;
}

/** The trades left stuck — the first `limit` of them, all counted — and every trade counted by strategy and verdict. */
export function stuckAndCounted(limit: number) {
  const stuck: TradeSummary[] = [];
  let stuckCount = 0;
  const byStrategy: Record<Strategy, { trades: number } & Record<Verdict, number>> = perStrategy(() => ({
    trades: 0,
    consistent: 0,
    converging: 0,
    stuck: 0,
  }));
  return {
    stuck,
    byStrategy,
    get stuckCount() {
      return stuckCount;
    },
    /** For consistencyReport's onTrade. */
    count(t: TradeSummary): void {
      byStrategy[t.strategy].trades += 1;
      byStrategy[t.strategy][t.verdict] += 1;
      if (t.verdict !== 'stuck') return;
      stuckCount += 1;
      if (stuck.length < limit) stuck.push(t);
    },
  };
}

export function describeStuck(t: TradeSummary): StuckTrade {
  const [caller, provider] = pairOf(t);
  const said = { caller, provider, reservations: t.provider?.reservations ?? 0 };
  const reason = reasonOf(t, said);
  const explanation = stuckExplanations[reason](said);
  return {
    tradeId: t.id,
    strategy: t.strategy,
    quadrant: t.quadrant,
    caller,
    provider,
    reason,
    reservations: said.reservations,
    explanation,
  };
}

/**
 * Each reason a stuck trade is given — a case of the note, or the guard whose absence let it
 * happen — in English, as the API and the terminal give it; the page words its code in the
 * reader's language.
 */
export const stuckExplanations = {
  ...strategyStuckExplanations,
  reservedTwice: (s: Said) => `reserved ${s.reservations}×: a repeat got through without the fence`,
  notACase: (s: Said) => `caller ${s.caller}, provider ${s.provider}: not a case of the note`,
};
export type StuckReason = keyof typeof stuckExplanations;
export const stuckReasons = Object.keys(stuckExplanations) as [StuckReason, ...StuckReason[]];

/**
 * The trade's strategy names its cases first; a double reservation is the fence's absence; else
 * what the strategy says is left. A port names its reasons in its own words: that each is one
 * explained here is checked by this function's return type.
 */
function reasonOf(t: TradeSummary, said: Said): StuckReason {
  const { stuck } = portOf(t.strategy);
  return stuck.reasonOf(said) ?? (said.reservations > 1 ? 'reservedTwice' : stuck.otherwise);
}
