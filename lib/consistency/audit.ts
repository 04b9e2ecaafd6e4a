import type { PayDb } from '@/db/pay/client';
import type { TradeDb } from '@/db/trade/client';
import { frozenEffect, listAccounts, listPayOrders, moneyEvents, type ProviderRow } from '@/lib/pay/query';
import { readTradeSide } from '@/lib/trade/trade-reads';
import { tradeIdOf, type MirrorRow, type RequestRow, type TradeRow } from '@/lib/trade/trade-store';

export type { ProviderRow };

/**
 * What the auditor reads: the two services' databases and a clock — like an auditor with read
 * access to both, and nothing else of the lab.
 */
export interface AuditSources {
  tradeDb: TradeDb;
  payDb: PayDb;
  now: () => number;
}

/** What one pay order's money events add up to at the provider. */
export interface Ledger {
  tradeId: string | null;
  /** Net amount it moved into frozen: reserved − released − charged. */
  held: number;
  /** Counted from the events, which outlive a pay order removed by a delete. */
  reservations: number;
  charges: number;
}

/** Both databases read once, indexed in memory: the auditor's snapshot. */
export interface Audit {
  now: number;
  requests: RequestRow[];
  requestByTrade: Map<string, RequestRow>;
  tradeById: Map<string, TradeRow>;
  mirrorByTrade: Map<string, MirrorRow>;
  accounts: ReturnType<typeof listAccounts>;
  payOrders: ProviderRow[];
  /** One provider pay order per trade id; one that still holds money wins over a cancelled one. */
  providerByTrade: Map<string, ProviderRow>;
  ledger: Map<string, Ledger>;
}

export function readAudit(sources: AuditSources): Audit {
  // Every read is synchronous, so no write of this process lands between them: both databases
  // are seen at one instant.
  const { requests, trades, mirrors } = readTradeSide(sources.tradeDb);
  const accounts = listAccounts(sources.payDb);
  const payOrders = listPayOrders(sources.payDb);

  const providerByTrade = new Map<string, ProviderRow>();
  for (const p of payOrders) {
    const seen = providerByTrade.get(p.tradeId);
    if (!seen || seen.state === 'cancelled') providerByTrade.set(p.tradeId, p);
  }
  const ledger = new Map<string, Ledger>();
  for (const e of moneyEvents(sources.payDb)) {
    if (!e.payOrderId) continue;
    const entry = ledger.get(e.payOrderId) ?? { tradeId: null, held: 0, reservations: 0, charges: 0 };
    entry.tradeId ??= e.tradeId;
    entry.held += (frozenEffect[e.type] ?? 0) * (typeof e.detail.amountCents === 'number' ? e.detail.amountCents : 0);
    if (e.type === 'try.reserved') entry.reservations += 1;
    if (e.type === 'confirm.charged') entry.charges += 1;
    ledger.set(e.payOrderId, entry);
  }
  return {
    now: sources.now(),
    requests,
    requestByTrade: new Map(requests.map((r) => [tradeIdOf(r), r])),
    tradeById: new Map(trades.map((t) => [t.id, t])),
    mirrorByTrade: new Map(mirrors.map((m) => [m.tradeId, m])),
    accounts,
    payOrders,
    providerByTrade,
    ledger,
  };
}
