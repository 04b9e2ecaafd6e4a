import { pairOf } from '@/lib/note/case-matrix';
import type { Verdict } from '@/lib/consistency/quadrant';
import type { TradeSummary } from '@/lib/consistency/trade-summary';
import type { Strategy } from '@/lib/strategies/catalog';

export interface StuckTrade {
  tradeId: string;
  strategy: TradeSummary['strategy'];
  quadrant: TradeSummary['quadrant'];
  /** V1's trade status or V2's mirror state; "—" for no row. */
  caller: string;
  provider: string;
  /** Which of the note's cases this is, when it is one: as a code (for the page's words) and in English. */
  reason: StuckReason;
  explanation: string;
  /** How many times the provider reserved for it (more than once only without the fence). */
  reservations: number;
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
  const reason = reasonOf(t, caller, provider);
  const reservations = t.provider?.reservations ?? 0;
  const explanation = stuckExplanations[reason]({ caller, provider, reservations });
  return { tradeId: t.id, strategy: t.strategy, quadrant: t.quadrant, caller, provider, reason, reservations, explanation };
}

/** Which case of the note a stuck trade is — a code the page words in the reader's language — or which guard's absence let it happen. */
export const stuckReasons = [
  'v1ConfirmCase3',
  'orphanReservation',
  'v1LostTry',
  'v1LostTryAndConfirm',
  'reservedTwice',
  'v2WithoutFence',
  'notACase',
] as const;
export type StuckReason = (typeof stuckReasons)[number];

function reasonOf(t: TradeSummary, caller: string, provider: string): StuckReason {
  if (t.strategy === 'v1') {
    if (caller === 'confirmed' && provider === 'trySuccess') return 'v1ConfirmCase3';
    if (caller === '—' && provider === 'trySuccess') return 'orphanReservation';
    if (caller === 'created' && provider === '—') return 'v1LostTry';
    if (caller === 'confirmed' && provider === '—') return 'v1LostTryAndConfirm';
  }
  if (t.provider && t.provider.reservations > 1) return 'reservedTwice';
  return t.strategy === 'v2' ? 'v2WithoutFence' : 'notACase';
}

type Said = Pick<StuckTrade, 'caller' | 'provider' | 'reservations'>;

/** Each reason in English, as the API and the terminal give it. */
export const stuckExplanations: Record<StuckReason, (s: Said) => string> = {
  v1ConfirmCase3: () => "V1 confirm case 3: the confirm's result was unknown and V1 assumed success; nothing is left to retry from",
  orphanReservation: () => 'a reservation no trade knows (V1 create case 4 or delete case 3): only reconciliation cancels it',
  v1LostTry: () =>
    'V1 assumed a lost try succeeded (create case 3), and its re-drive was refused or overtaken by a later operation: a trade with no payment',
  v1LostTryAndConfirm: () => 'V1 assumed two lost calls succeeded, the try and then the confirm: a confirmed trade with no payment',
  reservedTwice: (s) => `reserved ${s.reservations}×: a repeat got through without the fence`,
  v2WithoutFence: (s) =>
    `caller ${s.caller}, provider ${s.provider}: a late or repeated call got through where the fence would have answered it (V2 ends stuck only without the fence)`,
  notACase: (s) => `caller ${s.caller}, provider ${s.provider}: not a case of the note`,
};
