import { describe, expect, it } from 'vitest';
import { tradeView } from '@/lib/read-model/trade-view';
import { labsClosedAfterEach } from '@/lib/testing/test-lab';
import { createTrade } from '@/lib/trade/create-trade';
import { modifyTrade } from '@/lib/trade/modify-trade';
import { runRecoverySweep } from '@/lib/recovery/sweep';

const openLab = labsClosedAfterEach({ transport: 'http', settings: { v1OnUnknown: 'assume-success' } });

/** V1 create case 3 (the amount 3.00): the try is lost, V1 assumes success and commits the trade. */
async function tradeOnly() {
  const t = await openLab();
  const created = await createTrade(t.lab.trade, { amount: 300, strategy: 'v1' });
  if (!created.ok) throw new Error(created.error.message);
  expect(tradeView(t.lab, created.value.tradeId)).toMatchObject({ trade: { status: 'created' }, provider: null, redrive: { owed: true } });
  return { t, tradeId: created.value.tradeId };
}

describe("V1's re-drive", () => {
  it('re-sends the lost try from the local row and converges', async () => {
    const { t, tradeId } = await tradeOnly();
    const sweep = await runRecoverySweep(t.lab.trade, { force: true });
    expect(sweep.attempted).toMatchObject([{ tradeId, op: 'create', outcome: 'success', converged: true }]);
    expect(tradeView(t.lab, tradeId)).toMatchObject({ provider: { state: 'trySuccess' }, redrive: { owed: false }, verdict: 'consistent' });
  });

  it('repeats a confirm whose local commit failed (modify case 4), and logs the call as a re-drive, not a client request', async () => {
    const t = await openLab();
    const created = await createTrade(t.lab.trade, { amount: 12_00, strategy: 'v1' });
    if (!created.ok) throw new Error(created.error.message);
    const { tradeId } = created.value;
    t.lab.faults.set('local.fail_after_rpc', { mode: 'once' });
    await modifyTrade(t.lab.trade, tradeId, 'confirm');
    expect(tradeView(t.lab, tradeId)).toMatchObject({
      trade: { status: 'created' },
      provider: { state: 'confirmed' },
      redrive: { owed: true },
    });

    const sweep = await runRecoverySweep(t.lab.trade, { force: true });
    expect(sweep.attempted).toMatchObject([{ tradeId, op: 'confirm', outcome: 'success', converged: true }]);
    const view = tradeView(t.lab, tradeId)!;
    expect(view).toMatchObject({ trade: { status: 'confirmed' }, provider: { state: 'confirmed' }, verdict: 'consistent' });
    const confirms = view.events.flatMap((e) => (e.type === 'rpc' && e.detail.op === 'confirm' ? [e.detail.attempt] : []));
    expect(confirms).toEqual([1, 'redrive']);
  });

  it('stops at a refusal: the provider said no for good, and V1 is left with a trade and no payment', async () => {
    const { t, tradeId } = await tradeOnly();
    t.lab.faults.set('rpc.provider_rejects', { mode: 'always' });
    const sweep = await runRecoverySweep(t.lab.trade, { force: true });
    expect(sweep.attempted).toMatchObject([{ tradeId, op: 'create', outcome: 'failure', converged: false }]);
    expect(tradeView(t.lab, tradeId)).toMatchObject({
      trade: { status: 'created' },
      provider: null,
      redrive: { owed: false },
      verdict: 'stuck',
    });
    // Nothing is owed any more: later sweeps leave it alone.
    expect((await runRecoverySweep(t.lab.trade, { force: true })).attemptedCount).toBe(0);
  });
});
