import type { PayDb } from '@/db/pay/client';
import type { TcDb } from '@/db/tc/client';
import { openGlobalsByTrade, type OpenGlobal } from '@/lib/coordinator/tc-reads';
import type { TradeDb } from '@/db/trade/client';
import { frozenChange } from '@/lib/pay/pay-events';
import { listPayOrders, moneyEvents, payTotals, readPayPart, type PayTotals, type ProviderRow } from '@/lib/pay/query';
import { payOrderIdGlob, payOrderIdOf, payOrderNumberAt } from '@/lib/trade/ids';
import { lastTradeNumber, readTradeSide } from '@/lib/trade/trade-reads';
import { tradeIdOf } from '@/lib/trade/ids';
import { type MirrorRow, type RequestRow, type TradeRow } from '@/lib/trade/rows';

export type { ProviderRow };

/**
 * What the auditor reads: the two services' databases and a clock — like an auditor with read
 * access to both, and nothing else of the lab.
 */
export interface AuditSources {
  tradeDb: TradeDb;
  payDb: PayDb;
  /** The coordinator's log (V3): which global transactions are still open for a trade. */
  tcDb: TcDb;
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

/** Both databases read (whole, or one part of them), indexed in memory: the auditor's snapshot. */
export interface Audit {
  now: number;
  requests: RequestRow[];
  requestByTrade: Map<string, RequestRow>;
  tradeById: Map<string, TradeRow>;
  mirrorByTrade: Map<string, MirrorRow>;
  payOrders: ProviderRow[];
  /** One provider pay order per trade id; one that still holds money wins over a cancelled one. */
  providerByTrade: Map<string, ProviderRow>;
  ledger: Map<string, Ledger>;
  /** The provider's money in sums, over the whole of pay.db even when the audit is one part. */
  totals: PayTotals;
  /** The coordinator's global transactions not yet ended, by trade (V3). */
  openGlobalByTrade: Map<string, OpenGlobal>;
}

/** Trades per part: a part's rows are a few megabytes, whatever the size of the books. */
const partSize = 5_000;

/**
 * Both databases at one instant, whole. Every read is synchronous, so no write of this process
 * lands between them.
 */
export function readAudit(sources: AuditSources): Audit {
  const { requests, trades, mirrors } = readTradeSide(sources.tradeDb);
  return index(
    sources,
    requests,
    trades,
    mirrors,
    listPayOrders(sources.payDb),
    moneyEvents(sources.payDb),
    payTotals(sources.payDb),
    openGlobalsByTrade(sources.tcDb),
  );
}

/**
 * The same books a part at a time — trades t-1 … t-5000, then the next five thousand, … then
 * the provider's pay orders no trade number explains — so a million trades are audited in
 * the memory of five thousand. The parts are read without yielding, so they still show one
 * instant.
 */
export function* auditParts(sources: AuditSources): Generator<Audit> {
  const totals = payTotals(sources.payDb);
  const open = openGlobalsByTrade(sources.tcDb);
  const last = lastTradeNumber(sources.tradeDb);
  for (let from = 1; from <= last; from += partSize) {
    const part = { from, to: Math.min(last + 1, from + partSize) };
    const { requests, trades, mirrors } = readTradeSide(sources.tradeDb, part);
    const pay = readPayPart(sources.payDb, { payOrderIds: Array.from({ length: part.to - from }, (_, i) => payOrderIdOf(from + i)) });
    yield index(sources, requests, trades, mirrors, pay.payOrders, pay.moneyEvents, totals, open);
  }
  const strays = readPayPart(sources.payDb, { strays: { glob: payOrderIdGlob, numberAt: payOrderNumberAt, below: last + 1 } });
  yield index(sources, [], [], [], strays.payOrders, strays.moneyEvents, totals, open);
}

function index(
  sources: AuditSources,
  requests: RequestRow[],
  trades: TradeRow[],
  mirrors: MirrorRow[],
  payOrders: ProviderRow[],
  events: ReturnType<typeof moneyEvents>,
  totals: PayTotals,
  openGlobalByTrade: Map<string, OpenGlobal>,
): Audit {
  const providerByTrade = new Map<string, ProviderRow>();
  for (const p of payOrders) {
    const seen = providerByTrade.get(p.tradeId);
    if (!seen || seen.state === 'cancelled') providerByTrade.set(p.tradeId, p);
  }
  const ledger = new Map<string, Ledger>();
  for (const e of events) {
    if (!e.payOrderId) continue;
    const entry = ledger.get(e.payOrderId) ?? { tradeId: null, held: 0, reservations: 0, charges: 0 };
    entry.tradeId ??= e.tradeId;
    entry.held += frozenChange(e);
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
    payOrders,
    providerByTrade,
    ledger,
    totals,
    openGlobalByTrade,
  };
}
