import { openGlobalsByTrade } from '@/lib/coordinator/tc-reads';
import { coordinatorStatus, globalsOfTrade, tcEventsOfTrade } from '@/lib/coordinator/tc-story';
import { queryPayOrder, payOrdersByTrade } from '@/lib/pay/query';
import type { AuditSources } from '@/lib/consistency/audit';
import { tradeSummary } from '@/lib/consistency/trade-summary';
import { countRequests, findRequest, listRequests } from '@/lib/trade/request-log';
import { eventsForTrade } from '@/lib/trade/event-log';
import { findMirrorByTrade } from '@/lib/trade/mirror-store';
import { findTrade } from '@/lib/trade/trade-rows';
import { payOrderIdFor, tradeIdOf } from '@/lib/trade/ids';

/** Within one millisecond: the caller's write first (as before the coordinator), then the TC's, then the provider's. */
const sourceRank = { trade: 0, tc: 1, pay: 2 } as const;

/**
 * The pages' read model: a trade as the auditor sees it, with every service's events in one
 * story. Like the consistency checker it only reads, with access to every database. A trade
 * run by global transactions (V3) also carries them, as the coordinator's log holds them, and
 * the coordinator's word on whether it is up; other trades carry an empty list.
 */
export function tradeView(sources: Pick<AuditSources, 'tradeDb' | 'payDb' | 'tcDb'>, tradeId: string) {
  const request = findRequest(sources.tradeDb, tradeId);
  if (!request) return undefined;
  const providerSide = queryPayOrder(sources.payDb, payOrderIdFor(tradeId));
  const summary = tradeSummary(
    request,
    findTrade(sources.tradeDb, tradeId),
    findMirrorByTrade(sources.tradeDb, tradeId),
    providerSide.payOrder,
    openGlobalsByTrade(sources.tcDb).get(tradeId) ?? null,
  );
  const events = [
    ...eventsForTrade(sources.tradeDb, tradeId).map((e) => ({ source: 'trade' as const, ...e })),
    ...providerSide.events.map(({ id, at, payOrderId: _, tradeId: __, ...event }) => ({
      source: 'pay' as const,
      id,
      at,
      tradeId,
      ...event,
    })),
    ...tcEventsOfTrade(sources.tcDb, tradeId).map((event) => ({ source: 'tc' as const, ...event })),
  ].sort((a, b) => a.at - b.at || (a.source === b.source ? a.id - b.id : sourceRank[a.source] - sourceRank[b.source]));
  const globals = globalsOfTrade(sources.tcDb, tradeId);
  return {
    ...summary,
    fence: providerSide.fence.map(({ op, outcome, at }) => ({ op, outcome, at })),
    events,
    globals,
    ...(globals.length ? { coordinator: coordinatorStatus(sources.tcDb) } : {}),
  };
}

export type TradeView = NonNullable<ReturnType<typeof tradeView>>;

/** Newest first; `before` is the id cursor of the previous page. */
export function listTrades(sources: Pick<AuditSources, 'tradeDb' | 'payDb' | 'tcDb'>, page: { limit: number; before?: number }) {
  const requests = listRequests(sources.tradeDb, page);
  const providers = new Map(payOrdersByTrade(sources.payDb, requests.map(tradeIdOf)).map((p) => [p.tradeId, p]));
  const open = openGlobalsByTrade(sources.tcDb);
  const items = requests.map((r) => {
    const tradeId = tradeIdOf(r);
    return tradeSummary(
      r,
      findTrade(sources.tradeDb, tradeId),
      findMirrorByTrade(sources.tradeDb, tradeId),
      providers.get(tradeId) ?? null,
      open.get(tradeId) ?? null,
    );
  });
  const last = requests.at(-1);
  return { items, total: countRequests(sources.tradeDb), nextBefore: requests.length === page.limit && last ? last.id : null };
}

export type TradeList = ReturnType<typeof listTrades>;
