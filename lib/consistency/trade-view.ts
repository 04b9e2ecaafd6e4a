import { formatCents } from '@/lib/money/money';
import type { Lab } from '@/lib/lab';
import type { ProviderPayOrderView } from '@/lib/rpc/pay-contract';
import {
  countRequests,
  eventsForTrade,
  findMirrorByTrade,
  findRequest,
  findTrade,
  listRequests,
  payOrderIdFor,
  tradeIdOf,
  type MirrorRow,
  type RequestRow,
  type TradeRow,
} from '@/lib/trade/trade-store';
import { quadrantOf, verdictOf, type TradeSides } from './quadrant';

/**
 * The auditor's view of one trade id: the caller's rows and the provider's, side by side.
 * Like the consistency checker, it is an observer with read access to both databases.
 */
export function tradeSummary(
  request: RequestRow,
  trade: TradeRow | undefined,
  mirror: MirrorRow | undefined,
  provider: ProviderPayOrderView | null,
) {
  const sides: TradeSides = {
    trade: trade ? { status: trade.status, strategy: trade.strategy } : null,
    mirror: mirror ? { state: mirror.state, owed: mirror.owed, parked: mirror.parked } : null,
    provider: provider ? { state: provider.state } : null,
    redrive: request.strategy === 'v1' ? { lastOp: request.lastOp, owed: request.redrive === 'owed' } : null,
  };
  const verdict = verdictOf(sides);
  return {
    id: tradeIdOf(request),
    amount: formatCents(request.amountCents),
    strategy: request.strategy,
    requestedAt: request.requestedAt,
    answerStatus: request.answerStatus,
    trade: trade ? { status: trade.status, createdAt: trade.createdAt, updatedAt: trade.updatedAt } : null,
    mirror: mirror
      ? {
          payOrderId: mirror.id,
          state: mirror.state,
          owed: mirror.owed,
          attempts: mirror.attempts,
          nextRetryAt: mirror.nextRetryAt,
          lastError: mirror.lastError,
          parked: mirror.parked,
        }
      : null,
    provider: provider
      ? { payOrderId: provider.id, state: provider.state, amount: formatCents(provider.amountCents), reservations: provider.reservations }
      : null,
    /** V1 only: whether the lab still owes a re-drive of the last operation. */
    redrive: sides.redrive ?? null,
    quadrant: quadrantOf(sides),
    verdict,
    consistent: verdict === 'consistent',
  };
}

export type TradeSummary = ReturnType<typeof tradeSummary>;

export function tradeView(lab: Lab, tradeId: string) {
  const request = findRequest(lab.tradeDb, tradeId);
  if (!request) return undefined;
  const providerSide = lab.pay.query(payOrderIdFor(tradeId));
  const summary = tradeSummary(request, findTrade(lab.tradeDb, tradeId), findMirrorByTrade(lab.tradeDb, tradeId), providerSide.payOrder);
  const events = [
    ...eventsForTrade(lab.tradeDb, tradeId).map((e) => ({ source: 'trade' as const, ...e })),
    ...providerSide.events.map(({ id, at, type, detail }) => ({ source: 'pay' as const, id, at, tradeId, type, detail })),
  ].sort((a, b) => a.at - b.at || (a.source === b.source ? a.id - b.id : a.source === 'trade' ? -1 : 1));
  return { ...summary, fence: providerSide.fence.map(({ op, outcome, at }) => ({ op, outcome, at })), events };
}

export type TradeView = NonNullable<ReturnType<typeof tradeView>>;

/** Newest first; `before` is the id cursor of the previous page. */
export function listTrades(lab: Lab, page: { limit: number; before?: number }) {
  const requests = listRequests(lab.tradeDb, page);
  const providers = new Map(lab.pay.payOrdersByTrade(requests.map(tradeIdOf)).map((p) => [p.tradeId, p]));
  const items = requests.map((r) => {
    const tradeId = tradeIdOf(r);
    return tradeSummary(r, findTrade(lab.tradeDb, tradeId), findMirrorByTrade(lab.tradeDb, tradeId), providers.get(tradeId) ?? null);
  });
  const last = requests.at(-1);
  return { items, total: countRequests(lab.tradeDb), nextBefore: requests.length === page.limit && last ? last.id : null };
}

export type TradeList = ReturnType<typeof listTrades>;
