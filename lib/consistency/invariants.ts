import { formatCents } from '@/lib/money/money';
import { buyerAccountId, openingTotalCents } from '@/lib/pay/accounts';
import type { PayTotals } from '@/lib/pay/query';
import { flowRunning } from '@/lib/trade/trade-reads';
import { tradeIdOf } from '@/lib/trade/ids';
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
  /** Trade ids (the pay order id when the provider never learnt the trade), the first `limit` of them. */
  witnesses: string[];
  /** How many witnesses there are in all. */
  witnessCount: number;
  detail?: string;
}

/** Witness ids, in trade-id order, the first `limit` kept and all counted. */
class Witnesses {
  readonly ids: string[] = [];
  count = 0;
  constructor(private readonly limit: number) {}
  add(ids: Iterable<string>): void {
    for (const id of [...new Set(ids)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
      this.count += 1;
      if (this.ids.length < this.limit) this.ids.push(id);
    }
  }
}

/**
 * The global invariants, checked over the whole of both databases a part at a time: the
 * money's totals come from the provider's sums, the witnesses and per-trade counts from each
 * part of the audit added. `checkInvariants` is the same over one audit taken whole.
 */
export function invariantChecker(totals: PayTotals, options: { graceMs: number; limit?: number }) {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const witnesses = {
    chargedTwice: new Witnesses(limit),
    anomalies: new Witnesses(limit),
    offAccounts: new Witnesses(limit),
    hanging: new Witnesses(limit),
    doubled: new Witnesses(limit),
    missing: new Witnesses(limit),
  };
  let hangingCents = 0;
  let reservedTwice = 0;
  const drift = totals.balanceCents + totals.frozenCents + totals.confirmedCents - openingTotalCents;
  const offAccounts = new Set(totals.accounts.filter((a) => a.frozenCents !== (totals.openByAccount.get(a.id) ?? 0)).map((a) => a.id));

  return {
    add(audit: Audit): void {
      const charged = [...audit.ledger].filter(([, e]) => e.charges > 1).map(([id, e]) => e.tradeId ?? id);
      witnesses.chargedTwice.add(charged);
      reservedTwice += [...audit.ledger.values()].filter((e) => e.reservations > 1).length;
      witnesses.doubled.add([...audit.ledger].filter(([, e]) => e.reservations > 1 || e.charges > 1).map(([id, e]) => e.tradeId ?? id));
      // Witnesses of money lost or made are looked for only when the sums say some was.
      if (drift !== 0) witnesses.anomalies.add(anomalies(audit));
      if (offAccounts.size) witnesses.offAccounts.add(anomalies(audit, offAccounts));
      const hanging = audit.payOrders.filter((p) => hangs(audit, p, options.graceMs));
      hangingCents += hanging.reduce((sum, p) => sum + p.amountCents, 0);
      witnesses.hanging.add(hanging.map((p) => p.tradeId));
      witnesses.missing.add(
        audit.requests.filter((r) => r.answer === 'created' && r.lastOp !== 'delete' && !audit.tradeById.has(tradeIdOf(r))).map(tradeIdOf),
      );
    },

    results(): InvariantResult[] {
      const { balanceCents: balance, frozenCents: frozen, confirmedCents: confirmed } = totals;
      // Without the fence a repeated confirm consumes frozen again while the order counts once.
      const driftWitnesses = witnesses.chargedTwice.count ? witnesses.chargedTwice : witnesses.anomalies;
      const equation = `balance ${formatCents(balance)} + frozen ${formatCents(frozen)} + confirmed ${formatCents(confirmed)} = ${formatCents(balance + frozen + confirmed)}; opening balances ${formatCents(openingTotalCents)}`;
      return [
        result(
          'moneyConserved',
          'Σ balance + Σ frozen + Σ confirmed payments equals the opening balances',
          drift === 0,
          drift === 0 ? undefined : driftWitnesses,
          drift === 0 ? equation : `${equation}: ${formatCents(Math.abs(drift))} ${drift > 0 ? 'created' : 'lost'}`,
        ),
        result(
          'frozenMatchesReservations',
          "each account's frozen amount equals the sum of its open reservations (one per pay order in trySuccess)",
          offAccounts.size === 0,
          offAccounts.size ? witnesses.offAccounts : undefined,
          totals.accounts
            .map(
              (a) => `${a.id}: frozen ${formatCents(a.frozenCents)}, open reservations ${formatCents(totals.openByAccount.get(a.id) ?? 0)}`,
            )
            .join('; '),
        ),
        result(
          'noHangingReservation',
          'no reservation is left hanging without a live trade to confirm or cancel it',
          witnesses.hanging.count === 0,
          witnesses.hanging,
          `${witnesses.hanging.count} hanging, holding ${formatCents(hangingCents)}; grace ${options.graceMs} ms`,
        ),
        result(
          'noDoubleReservation',
          'no pay order is reserved or charged twice',
          witnesses.doubled.count === 0,
          witnesses.doubled,
          `${reservedTwice} reserved more than once, ${witnesses.chargedTwice.count} charged more than once`,
        ),
        result(
          'answeredTradesPresent',
          'every trade the API answered 201 for still exists, unless it was deleted',
          witnesses.missing.count === 0,
          witnesses.missing,
          `${witnesses.missing.count} answered trade(s) missing`,
        ),
      ];
    },
  };
}

/** The five invariants over one audit of both databases, whole. */
export function checkInvariants(audit: Audit, options: { graceMs: number; limit?: number }): InvariantResult[] {
  const checker = invariantChecker(audit.totals, options);
  checker.add(audit);
  return checker.results();
}

function result(id: InvariantId, description: string, ok: boolean, found: Witnesses | undefined, detail: string): InvariantResult {
  return { id, ok, description, witnesses: found?.ids ?? [], witnessCount: found?.count ?? 0, detail };
}

/**
 * A live reservation nothing will confirm or cancel: its trade is gone (V1 create case 4, V1
 * delete case 3), its mirror was cancelled (a late try met an earlier cancel), or its trade is
 * being deleted with no cancel scheduled.
 */
function hangs(audit: Audit, p: Audit['payOrders'][number], graceMs: number): boolean {
  if (p.state !== 'trySuccess' || flowRunning(audit.requestByTrade.get(p.tradeId)) || audit.now - p.updatedAt < graceMs) return false;
  const trade = audit.tradeById.get(p.tradeId);
  const mirror = audit.mirrorByTrade.get(p.tradeId);
  const cancelScheduled = mirror?.owed === 'cancel' && !mirror.parked;
  return !trade || mirror?.state === 'cancelled' || (trade.status === 'deleting' && !cancelScheduled);
}

/**
 * Pay orders whose money events disagree with their state: their share of frozen is not the
 * one open reservation a `trySuccess` holds, or they were charged other than once if confirmed.
 */
function anomalies(audit: Audit, accountIds?: Set<string>): string[] {
  const rows = new Map(audit.payOrders.map((p) => [p.id, p]));
  const found: string[] = [];
  for (const id of new Set([...rows.keys(), ...audit.ledger.keys()])) {
    const row = rows.get(id);
    const entry = audit.ledger.get(id) ?? { tradeId: null, held: 0, reservations: 0, charges: 0 };
    if (accountIds && !accountIds.has(row?.accountId ?? buyerAccountId)) continue;
    const held = row?.state === 'trySuccess' ? row.amountCents : 0;
    const charges = row?.state === 'confirmed' ? 1 : 0;
    if (entry.held !== held || entry.charges !== charges) found.push(row?.tradeId ?? entry.tradeId ?? id);
  }
  return found;
}
