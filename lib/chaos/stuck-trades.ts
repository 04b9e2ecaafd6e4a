import { pairOf } from '@/lib/note/case-matrix';
import type { Verdict } from '@/lib/consistency/quadrant';
import type { TradeSummary } from '@/lib/consistency/trade-summary';
import type { Strategy } from '@/lib/settings/settings';

export interface StuckTrade {
  tradeId: string;
  strategy: TradeSummary['strategy'];
  quadrant: TradeSummary['quadrant'];
  /** V1's trade status or V2's mirror state; "—" for no row. */
  caller: string;
  provider: string;
  /** Which of the note's cases this is, when it is one. */
  explanation: string;
}

/** The trades left stuck — the first `limit` of them, all counted — and every trade counted by strategy and verdict. */
export function stuckAndCounted(limit: number) {
  const stuck: TradeSummary[] = [];
  let stuckCount = 0;
  const byStrategy: Record<Strategy, { trades: number } & Record<Verdict, number>> = {
    v1: { trades: 0, consistent: 0, converging: 0, stuck: 0 },
    v2: { trades: 0, consistent: 0, converging: 0, stuck: 0 },
  };
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
  return { tradeId: t.id, strategy: t.strategy, quadrant: t.quadrant, caller, provider, explanation: explain(t, caller, provider) };
}

function explain(t: TradeSummary, caller: string, provider: string): string {
  if (t.strategy === 'v1') {
    if (caller === 'confirmed' && provider === 'trySuccess') {
      return "V1 confirm case 3: the confirm's result was unknown and V1 assumed success; nothing is left to retry from";
    }
    if (caller === '—' && provider === 'trySuccess')
      return 'a reservation no trade knows (V1 create case 4 or delete case 3): only reconciliation cancels it';
    if (caller === 'created' && provider === '—') {
      return 'V1 assumed a lost try succeeded (create case 3), and its re-drive was refused or overtaken by a later operation: a trade with no payment';
    }
    if (caller === 'confirmed' && provider === '—')
      return 'V1 assumed two lost calls succeeded, the try and then the confirm: a confirmed trade with no payment';
  }
  if (t.provider && t.provider.reservations > 1) return `reserved ${t.provider.reservations}×: a repeat got through without the fence`;
  if (t.strategy === 'v2')
    return `caller ${caller}, provider ${provider}: a late or repeated call got through where the fence would have answered it (V2 ends stuck only without the fence)`;
  return `caller ${caller}, provider ${provider}: not a case of the note`;
}
