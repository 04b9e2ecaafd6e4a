import { formatCents } from '@/lib/money/money';
import { buyerAccountId, openingTotalCents } from '@/lib/pay/accounts';
import { flowRunning } from '@/lib/trade/trade-reads';
import { tradeIdOf } from '@/lib/trade/trade-store';
import type { Audit } from './audit';

/**
 * A reservation younger than this may still be meeting its trade (a slow provider's late try,
 * a caller about to record its answer): neither flagged as hanging nor reconciled before.
 */
export const defaultGraceMs = 5_000;

export type InvariantId =
  'moneyConserved' | 'frozenMatchesReservations' | 'noHangingReservation' | 'noDoubleReservation' | 'answeredTradesPresent';

export interface InvariantResult {
  id: InvariantId;
  ok: boolean;
  description: string;
  /** Trade ids (the pay order id when the provider never learnt the trade). */
  witnesses: string[];
  detail?: string;
}

const sum = <T>(rows: T[], cents: (row: T) => number) => rows.reduce((total, row) => total + cents(row), 0);
const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
const result = (id: InvariantId, description: string, witnesses: Iterable<string>, detail: string, ok?: boolean): InvariantResult => {
  const list = sorted(witnesses);
  return { id, ok: ok ?? list.length === 0, description, witnesses: list, detail };
};

/** Pay orders charged more than once: only possible without the fence (a repeated confirm). */
const chargedTwice = (audit: Audit) => [...audit.ledger].filter(([, e]) => e.charges > 1).map(([id, e]) => e.tradeId ?? id);

/**
 * Pay orders whose money events disagree with their state: their share of frozen is not the
 * one open reservation a `trySuccess` holds, or they were charged other than once if confirmed.
 */
function anomalies(audit: Audit, accountIds?: Set<string>): string[] {
  const rows = new Map(audit.payOrders.map((p) => [p.id, p]));
  const witnesses: string[] = [];
  for (const id of new Set([...rows.keys(), ...audit.ledger.keys()])) {
    const row = rows.get(id);
    const entry = audit.ledger.get(id) ?? { tradeId: null, held: 0, reservations: 0, charges: 0 };
    if (accountIds && !accountIds.has(row?.accountId ?? buyerAccountId)) continue;
    const held = row?.state === 'trySuccess' ? row.amountCents : 0;
    const charges = row?.state === 'confirmed' ? 1 : 0;
    if (entry.held !== held || entry.charges !== charges) witnesses.push(row?.tradeId ?? entry.tradeId ?? id);
  }
  return witnesses;
}

export function moneyConserved(audit: Audit): InvariantResult {
  const balance = sum(audit.accounts, (a) => a.balanceCents);
  const frozen = sum(audit.accounts, (a) => a.frozenCents);
  const confirmed = sum(
    audit.payOrders.filter((p) => p.state === 'confirmed'),
    (p) => p.amountCents,
  );
  const drift = balance + frozen + confirmed - openingTotalCents;
  // Without the fence a repeated confirm consumes frozen again while the order counts once.
  const charged = chargedTwice(audit);
  const witnesses = drift === 0 ? [] : charged.length ? charged : anomalies(audit);
  const equation = `balance ${formatCents(balance)} + frozen ${formatCents(frozen)} + confirmed ${formatCents(confirmed)} = ${formatCents(balance + frozen + confirmed)}; opening balances ${formatCents(openingTotalCents)}`;
  return result(
    'moneyConserved',
    'Σ balance + Σ frozen + Σ confirmed payments equals the opening balances',
    witnesses,
    drift === 0 ? equation : `${equation}: ${formatCents(Math.abs(drift))} ${drift > 0 ? 'created' : 'lost'}`,
    drift === 0,
  );
}

export function frozenMatchesReservations(audit: Audit): InvariantResult {
  const open = new Map<string, number>();
  for (const p of audit.payOrders) if (p.state === 'trySuccess') open.set(p.accountId, (open.get(p.accountId) ?? 0) + p.amountCents);
  const off = audit.accounts.filter((a) => a.frozenCents !== (open.get(a.id) ?? 0));
  const detail = audit.accounts
    .map((a) => `${a.id}: frozen ${formatCents(a.frozenCents)}, open reservations ${formatCents(open.get(a.id) ?? 0)}`)
    .join('; ');
  return result(
    'frozenMatchesReservations',
    "each account's frozen amount equals the sum of its open reservations (one per pay order in trySuccess)",
    off.length ? anomalies(audit, new Set(off.map((a) => a.id))) : [],
    detail,
    off.length === 0,
  );
}

/**
 * A live reservation nothing will confirm or cancel: its trade is gone (V1 create case 4, V1
 * delete case 3), its mirror was cancelled (a late try met an earlier cancel), or its trade is
 * being deleted with no cancel scheduled.
 */
export function noHangingReservation(audit: Audit, graceMs: number): InvariantResult {
  const hanging = audit.payOrders.filter((p) => {
    if (p.state !== 'trySuccess' || flowRunning(audit.requestByTrade.get(p.tradeId)) || audit.now - p.updatedAt < graceMs) return false;
    const trade = audit.tradeById.get(p.tradeId);
    const mirror = audit.mirrorByTrade.get(p.tradeId);
    const cancelScheduled = mirror?.owed === 'cancel' && !mirror.parked;
    return !trade || mirror?.state === 'cancelled' || (trade.status === 'deleting' && !cancelScheduled);
  });
  return result(
    'noHangingReservation',
    'no reservation is left hanging without a live trade to confirm or cancel it',
    hanging.map((p) => p.tradeId),
    `${hanging.length} hanging, holding ${formatCents(sum(hanging, (p) => p.amountCents))}; grace ${graceMs} ms`,
  );
}

export function noDoubleReservation(audit: Audit): InvariantResult {
  const reservedTwice = [...audit.ledger].filter(([, e]) => e.reservations > 1).map(([id, e]) => e.tradeId ?? id);
  const charged = chargedTwice(audit);
  return result(
    'noDoubleReservation',
    'no pay order is reserved or charged twice',
    [...reservedTwice, ...charged],
    `${reservedTwice.length} reserved more than once, ${charged.length} charged more than once`,
  );
}

/** V1's physical delete and V2's purge remove a trade on purpose: those requests end in `delete`. */
export function answeredTradesPresent(audit: Audit): InvariantResult {
  const missing = audit.requests.filter(
    (r) => (r.answerStatus === 200 || r.answerStatus === 201) && r.lastOp !== 'delete' && !audit.tradeById.has(tradeIdOf(r)),
  );
  return result(
    'answeredTradesPresent',
    'every trade the API answered 201 for still exists, unless it was deleted',
    missing.map(tradeIdOf),
    `${missing.length} answered trade(s) missing`,
  );
}

export function checkInvariants(audit: Audit, options: { graceMs: number }): InvariantResult[] {
  return [
    moneyConserved(audit),
    frozenMatchesReservations(audit),
    noHangingReservation(audit, options.graceMs),
    noDoubleReservation(audit),
    answeredTradesPresent(audit),
  ];
}
