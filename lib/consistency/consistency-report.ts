import { formatCents } from '@/lib/money/money';
import { tradeIdOf } from '@/lib/trade/ids';
import { auditParts, type AuditSources, type ProviderRow } from './audit';
import { defaultGraceMs, invariantChecker } from './invariants';
import { quadrantOf, type Quadrant, type Verdict } from './quadrant';
import { tradeSummary, type TradeSummary } from './trade-summary';
import { verdictOf } from './verdict';

export interface InconsistentItem {
  tradeId: string;
  quadrant: Quadrant;
  verdict: Verdict;
  trade: TradeSummary['trade'];
  mirror: TradeSummary['mirror'];
  provider: TradeSummary['provider'];
}

export interface ReportOptions {
  /** How old a reservation must be before it counts as hanging. */
  graceMs?: number;
  /** At most this many inconsistent items and witnesses per invariant are listed (all are counted). */
  limit?: number;
  /** Told of every requested trade as the auditor sees it, in trade-id order. */
  onTrade?: (trade: TradeSummary) => void;
}

/**
 * Per trade id, over every id ever attempted: each logged request (so a create whose local
 * transaction rolled back counts as `neither`) and each provider pay order no request explains.
 * The books are read a part at a time and joined in memory, so ten thousand trades take
 * milliseconds and a million take the memory of five thousand.
 */
export function consistencyReport(sources: AuditSources, options: ReportOptions = {}) {
  const { graceMs = defaultGraceMs, limit = 200, onTrade } = options;
  const quadrants: Record<Quadrant, number> = { both: 0, tradeOnly: 0, payOnly: 0, neither: 0 };
  const verdicts: Record<Verdict, number> = { consistent: 0, converging: 0, stuck: 0 };
  // Stuck first: those need a person; converging ones only need time.
  const listed: Record<'stuck' | 'converging', InconsistentItem[]> = { stuck: [], converging: [] };
  const count = (item: InconsistentItem) => {
    quadrants[item.quadrant] += 1;
    verdicts[item.verdict] += 1;
    if (item.verdict !== 'consistent' && listed[item.verdict].length < limit) listed[item.verdict].push(item);
  };

  let now = sources.now();
  let checker: ReturnType<typeof invariantChecker> | undefined;
  for (const audit of auditParts(sources)) {
    now = audit.now;
    checker ??= invariantChecker(audit.totals, { graceMs, limit });
    for (const request of audit.requests) {
      const tradeId = tradeIdOf(request);
      const s = tradeSummary(
        request,
        audit.tradeById.get(tradeId),
        audit.mirrorByTrade.get(tradeId),
        audit.providerByTrade.get(tradeId) ?? null,
        audit.openGlobalByTrade.get(tradeId) ?? null,
      );
      onTrade?.(s);
      count({ tradeId, quadrant: s.quadrant, verdict: s.verdict, trade: s.trade, mirror: s.mirror, provider: s.provider });
    }
    for (const [tradeId, provider] of audit.providerByTrade) {
      if (!audit.requestByTrade.has(tradeId)) count(unrequested(tradeId, provider));
    }
    checker.add(audit);
  }
  const invariants = checker!.results();
  return {
    at: now,
    total: verdicts.consistent + verdicts.converging + verdicts.stuck,
    quadrants,
    verdicts,
    inconsistentCount: verdicts.stuck + verdicts.converging,
    inconsistent: [...listed.stuck, ...listed.converging].slice(0, limit),
    invariants,
    ok: invariants.every((i) => i.ok) && verdicts.stuck === 0,
  };
}

export type ConsistencyReport = ReturnType<typeof consistencyReport>;

/** The counts and invariants of a report: what a run keeps of each stage. */
export type Books = Pick<ConsistencyReport, 'quadrants' | 'verdicts' | 'invariants'>;

/** The books once a run is over: no grace period, as nothing is in flight and every orphan already is one. */
export function closingBooks(sources: AuditSources, limit?: number): Books {
  const { quadrants, verdicts, invariants } = consistencyReport(sources, { graceMs: 0, limit });
  return { quadrants, verdicts, invariants };
}

/**
 * A pay order for a trade id the trade service never logged (it hands ids out only with a
 * request row), so the provider's side is the only one there can be.
 */
function unrequested(tradeId: string, provider: ProviderRow): InconsistentItem {
  const sides = { trade: null, mirror: null, provider: { state: provider.state } };
  return {
    tradeId,
    quadrant: quadrantOf(sides),
    verdict: verdictOf(sides),
    trade: null,
    mirror: null,
    provider: {
      payOrderId: provider.id,
      state: provider.state,
      amount: formatCents(provider.amountCents),
      reservations: provider.reservations,
    },
  };
}
