import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { payOrderMirror, tradeOrder, tradeRequest } from '@/db/trade/schema';
import type { Lab } from '@/lib/lab';
import { labsClosedAfterEach } from '@/lib/testing/test-lab';
import { createTrade } from '@/lib/trade/create-trade';
import { readAudit } from './audit';
import { checkInvariants, type InvariantId } from './invariants';

const openLab = labsClosedAfterEach({ transport: 'in-process' });
const freshLab = async (): Promise<Lab> => (await openLab()).lab;

function check(lab: Lab, graceMs = 0) {
  const results = checkInvariants(readAudit(lab), { graceMs });
  return Object.fromEntries(results.map((r) => [r.id, r])) as Record<InvariantId, (typeof results)[number]>;
}

const failing = (lab: Lab) =>
  Object.values(check(lab))
    .filter((r) => !r.ok)
    .map((r) => r.id)
    .sort();

async function createdTrade(lab: Lab, amount: number): Promise<{ tradeId: string; payOrderId: string }> {
  const result = await createTrade(lab.trade, { amount });
  if (!result.ok) throw new Error(result.error.message);
  return { tradeId: result.value.tradeId, payOrderId: result.value.tradeId.replace('t-', 'po-') };
}

/** A V2 trade whose intent committed but whose try was never sent: nothing at the provider yet. */
async function tradeBeforeTry(lab: Lab, amount: number) {
  lab.faults.set('local.crash_after_commit', { mode: 'once' });
  return createdTrade(lab, amount);
}

describe('invariants over both databases', () => {
  it('all hold on a clean lab with trades reserved, confirmed and not created', async () => {
    const lab = await freshLab();
    const confirmed = await createdTrade(lab, 12_34);
    await createdTrade(lab, 1_00);
    await createTrade(lab.trade, { amount: 2_00 });
    expect(lab.pay.confirm({ payOrderId: confirmed.payOrderId }).ok).toBe(true);
    expect(failing(lab)).toEqual([]);
    expect(check(lab).moneyConserved.detail).toContain('confirmed 12.34');
  });

  it('fence off, a repeated try reserves twice: noDoubleReservation names the trade', async () => {
    const lab = await freshLab();
    const { tradeId, payOrderId } = await createdTrade(lab, 5_00);
    lab.updateSettings({ providerFence: 'off' });
    expect(lab.pay.try({ payOrderId, tradeId, amountCents: 5_00 }).ok).toBe(true);
    const results = check(lab);
    expect(results.noDoubleReservation).toMatchObject({ ok: false, witnesses: [tradeId] });
    // The second 5.00 sits in frozen with nothing that will ever release it.
    expect(results.frozenMatchesReservations).toMatchObject({ ok: false, witnesses: [tradeId] });
    expect(results.moneyConserved.ok).toBe(true);
  });

  it('fence off, a double reservation is still named after a delete removed the pay order', async () => {
    const lab = await freshLab();
    const { tradeId, payOrderId } = await createdTrade(lab, 5_00);
    lab.updateSettings({ providerFence: 'off' });
    lab.pay.try({ payOrderId, tradeId, amountCents: 5_00 });
    expect(lab.pay.cancel({ payOrderId, tradeId, deleting: true })).toMatchObject({ ok: true, answer: { removed: true, payOrder: null } });
    const results = check(lab);
    expect(results.noDoubleReservation).toMatchObject({ ok: false, witnesses: [tradeId] });
    // One 5.00 released, the other still frozen with no pay order left to release it.
    expect(results.frozenMatchesReservations).toMatchObject({ ok: false, witnesses: [tradeId] });
  });

  it('fence off, a cancel of a never-tried pay order releases money never reserved: frozen goes negative', async () => {
    const lab = await freshLab();
    const { tradeId, payOrderId } = await tradeBeforeTry(lab, 7_00);
    lab.updateSettings({ providerFence: 'off' });
    expect(lab.pay.cancel({ payOrderId, tradeId, amountCents: 7_00 }).ok).toBe(true);
    const results = check(lab);
    expect(results.frozenMatchesReservations).toMatchObject({ ok: false, witnesses: [tradeId] });
    expect(results.frozenMatchesReservations.detail).toContain('frozen -7.00, open reservations 0.00');
    // Balance + frozen still add up: the spendable money was created out of the frozen pool.
    expect(failing(lab)).toEqual(['frozenMatchesReservations']);
  });

  it('fence on, the same cancel is an empty rollback and every invariant holds', async () => {
    const lab = await freshLab();
    const { tradeId, payOrderId } = await tradeBeforeTry(lab, 7_00);
    expect(lab.pay.cancel({ payOrderId, tradeId, amountCents: 7_00 })).toMatchObject({ ok: true, answer: { emptyRollback: true } });
    expect(failing(lab)).toEqual([]);
  });

  it('fence off, a repeated confirm charges twice: moneyConserved fails naming the trade', async () => {
    const lab = await freshLab();
    const { tradeId, payOrderId } = await createdTrade(lab, 35_00);
    lab.updateSettings({ providerFence: 'off' });
    expect(lab.pay.confirm({ payOrderId }).ok).toBe(true);
    expect(lab.pay.confirm({ payOrderId }).ok).toBe(true);
    const results = check(lab);
    expect(results.moneyConserved).toMatchObject({ ok: false, witnesses: [tradeId] });
    expect(results.moneyConserved.detail).toMatch(/35\.00 lost$/);
    expect(results.noDoubleReservation).toMatchObject({ ok: false, witnesses: [tradeId] });
  });

  it('fence on, a repeated confirm is replayed and money is conserved', async () => {
    const lab = await freshLab();
    const { payOrderId } = await createdTrade(lab, 35_00);
    lab.pay.confirm({ payOrderId });
    expect(lab.pay.confirm({ payOrderId })).toMatchObject({ ok: true, answer: { replay: true } });
    expect(failing(lab)).toEqual([]);
  });

  it('fence off, a late try after the cancel leaves a hanging reservation (after the grace period)', async () => {
    const lab = await freshLab();
    const { tradeId, payOrderId } = await tradeBeforeTry(lab, 9_00);
    lab.updateSettings({ providerFence: 'off' });
    // The caller cancels while its try is owed and records the definite answer...
    lab.pay.cancel({ payOrderId, tradeId });
    lab.tradeDb.update(payOrderMirror).set({ state: 'cancelled', owed: null }).where(eq(payOrderMirror.id, payOrderId)).run();
    // ...then the slow try arrives, and nothing refuses it.
    expect(lab.pay.try({ payOrderId, tradeId, amountCents: 9_00 }).ok).toBe(true);
    expect(check(lab).noHangingReservation).toMatchObject({ ok: false, witnesses: [tradeId] });
    expect(check(lab, 60_000).noHangingReservation.ok).toBe(true);
    expect(failing(lab)).toEqual(['noHangingReservation']);
  });

  it('fence on, the late try is refused (anti-hanging)', async () => {
    const lab = await freshLab();
    const { tradeId, payOrderId } = await tradeBeforeTry(lab, 9_00);
    lab.pay.cancel({ payOrderId, tradeId });
    expect(lab.pay.try({ payOrderId, tradeId, amountCents: 9_00 })).toMatchObject({ ok: false, rejection: { code: 'try_after_cancel' } });
    expect(failing(lab)).toEqual([]);
  });

  it('V1 create case 4 (the orphan) is a hanging reservation once its request was answered', async () => {
    const lab = await freshLab();
    const request = lab.tradeDb
      .insert(tradeRequest)
      .values({ amountCents: 4_00, strategy: 'v1', requestedAt: Date.now() })
      .returning()
      .get();
    const tradeId = `t-${request.id}`;
    lab.pay.try({ payOrderId: `po-${request.id}`, tradeId, amountCents: 4_00 });
    // Unanswered: V1's transaction may still be about to commit the row.
    expect(check(lab).noHangingReservation.ok).toBe(true);
    lab.tradeDb.update(tradeRequest).set({ answer: 'local_tx_failed' }).where(eq(tradeRequest.id, request.id)).run();
    expect(check(lab).noHangingReservation).toMatchObject({ ok: false, witnesses: [tradeId] });
  });

  it('a trade answered 201 whose row was deleted behind the API is missing, unless its last operation was a delete', async () => {
    const lab = await freshLab();
    const { tradeId } = await createdTrade(lab, 1_00);
    lab.tradeDb.delete(tradeOrder).where(eq(tradeOrder.id, tradeId)).run();
    expect(check(lab).answeredTradesPresent).toMatchObject({ ok: false, witnesses: [tradeId] });
    lab.tradeDb.update(tradeRequest).set({ lastOp: 'delete' }).run();
    expect(check(lab).answeredTradesPresent.ok).toBe(true);
  });
});
