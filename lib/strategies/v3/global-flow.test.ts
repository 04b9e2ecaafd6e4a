import { describe, expect, it } from 'vitest';
import { settleCoordinator } from '@/lib/driver/quiescence';
import type { Lab } from '@/lib/lab';
import { tradeView } from '@/lib/read-model/trade-view';
import { labsClosedAfterEach } from '@/lib/testing/test-lab';
import { createTrade } from '@/lib/trade/create-trade';
import { modifyTrade } from '@/lib/trade/modify-trade';

const openLab = labsClosedAfterEach({ transport: 'in-process', settings: { strategy: 'v3', tradeExpiryMs: 0 } });

const sides = (lab: Lab, tradeId = 't-1') => {
  const view = tradeView(lab.audit, tradeId)!;
  return { trade: view.trade && [view.trade.status, view.trade.pending], provider: view.provider?.state ?? null, verdict: view.verdict };
};

describe("V3's TM: one global transaction per operation, decided only on definite answers", () => {
  it('create, confirm, delete: each commits both branches, and the TC’s log says Committed', async () => {
    const { lab } = await openLab();
    expect(await createTrade(lab.trade, { amount: 10_00 })).toMatchObject({ ok: true });
    expect(sides(lab)).toEqual({ trade: ['created', null], provider: 'trySuccess', verdict: 'consistent' });
    expect(await modifyTrade(lab.trade, 't-1', 'confirm')).toMatchObject({ ok: true });
    expect(sides(lab)).toEqual({ trade: ['confirmed', null], provider: 'confirmed', verdict: 'consistent' });
    expect(await createTrade(lab.trade, { amount: 10_00 })).toMatchObject({ ok: true });
    expect(await modifyTrade(lab.trade, 't-2', 'delete')).toMatchObject({ ok: true });
    expect(sides(lab, 't-2')).toEqual({ trade: null, provider: null, verdict: 'consistent' });
    expect(lab.tc.unsettled()).toBe(0);
  });

  it('refuses a cancel (V3 runs the note’s operations only) and an operation on a trade another global transaction holds', async () => {
    const { lab } = await openLab();
    await createTrade(lab.trade, { amount: 10_00 });
    expect(await modifyTrade(lab.trade, 't-1', 'cancel')).toMatchObject({ ok: false, error: { code: 'illegal_transition' } });
    lab.faults.set('tc.crash_after_decision', { mode: 'once' });
    expect(await modifyTrade(lab.trade, 't-1', 'confirm')).toMatchObject({ ok: false, error: { code: 'outcome_in_doubt' } });
    expect(await modifyTrade(lab.trade, 't-1', 'delete')).toMatchObject({ ok: false, error: { code: 'illegal_transition' } });
  });

  it('the TM crashes after its local Try: the answer is in doubt, and the TC’s timeout rolls both branches back', async () => {
    const { lab } = await openLab();
    lab.faults.set('local.crash_after_commit', { mode: 'once' });
    expect(await createTrade(lab.trade, { amount: 10_00 })).toMatchObject({ ok: false, error: { code: 'outcome_in_doubt' } });
    expect(sides(lab)).toEqual({ trade: ['created', 'create'], provider: 'trySuccess', verdict: 'converging' });
    await settleCoordinator(lab, 5);
    expect(sides(lab)).toEqual({ trade: null, provider: 'cancelled', verdict: 'consistent' });
  });

  it('the coordinator does not answer begin: no trade, nothing tried anywhere', async () => {
    const { lab } = await openLab();
    lab.faults.set('tc.crash_after_begin', { mode: 'once' });
    expect(await createTrade(lab.trade, { amount: 10_00 })).toMatchObject({ ok: false, error: { code: 'coordinator_unavailable' } });
    expect(sides(lab)).toEqual({ trade: null, provider: null, verdict: 'consistent' });
    // Down until restarted: every V3 operation is refused meanwhile — a third service that must be up.
    expect(await createTrade(lab.trade, { amount: 10_00 })).toMatchObject({ ok: false, error: { code: 'coordinator_unavailable' } });
    await settleCoordinator(lab, 5);
    expect(await createTrade(lab.trade, { amount: 10_00 })).toMatchObject({ ok: true });
  });

  it('a Try lost on the wire is rolled back and refused when it lands late (the fence’s suspended row)', async () => {
    const { lab } = await openLab();
    lab.faults.set('rpc.slow_provider', { mode: 'once', op: 'try' });
    expect(await createTrade(lab.trade, { amount: 10_00 })).toMatchObject({ ok: false, error: { code: 'payment_unknown' } });
    await lab.trade.rpc.drained();
    expect(sides(lab)).toEqual({ trade: null, provider: null, verdict: 'consistent' });
    const story = tradeView(lab.audit, 't-1')!.events.map((e) => e.type);
    expect(story).toEqual(expect.arrayContaining(['cancel.empty', 'try.refused']));
  });
});
