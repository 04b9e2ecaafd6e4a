import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tradeView } from '@/lib/read-model/trade-view';
import type { FaultId } from '@/lib/faults/catalog';
import { runRecoverySweep } from '@/lib/recovery/sweep';
import { startTestLab, labsClosedAfterEach, type TestLab } from '@/lib/testing/test-lab';
import { listAccounts } from '@/lib/pay/query';
import { createTrade } from '@/lib/trade/create-trade';

const openLab = labsClosedAfterEach({ transport: 'http' });

async function labWith(fault?: FaultId) {
  const t = await openLab();
  if (fault) t.lab.faults.set(fault, { mode: 'once' });
  return t;
}

function money(t: TestLab) {
  const accounts = t.lab.pay.accounts();
  return accounts.reduce((sum, a) => sum + a.balanceCents + a.frozenCents, 0);
}

function reservedEvents(t: TestLab, tradeId: string) {
  return tradeView(t.lab, tradeId)!.events.filter((e) => e.source === 'pay' && e.type === 'try.reserved').length;
}

/** Each fault once, on a V2 create over real HTTP: right after the flow, and after one recovery sweep. */
const cases: {
  fault: FaultId | null;
  created: boolean;
  after: { mirror: string | null; owed: string | null; provider: string | null; quadrant: string; verdict: string };
  recovered: { mirror: string | null; provider: string | null; quadrant: string; verdict: string };
}[] = [
  {
    fault: null,
    created: true,
    after: { mirror: 'trySuccess', owed: null, provider: 'trySuccess', quadrant: 'both', verdict: 'consistent' },
    recovered: { mirror: 'trySuccess', provider: 'trySuccess', quadrant: 'both', verdict: 'consistent' },
  },
  {
    fault: 'rpc.request_lost',
    created: true,
    after: { mirror: 'unknown', owed: 'try', provider: null, quadrant: 'tradeOnly', verdict: 'converging' },
    recovered: { mirror: 'trySuccess', provider: 'trySuccess', quadrant: 'both', verdict: 'consistent' },
  },
  {
    fault: 'rpc.response_lost',
    created: true,
    after: { mirror: 'unknown', owed: 'try', provider: 'trySuccess', quadrant: 'both', verdict: 'converging' },
    recovered: { mirror: 'trySuccess', provider: 'trySuccess', quadrant: 'both', verdict: 'consistent' },
  },
  {
    fault: 'rpc.slow_provider',
    created: true,
    after: { mirror: 'unknown', owed: 'try', provider: null, quadrant: 'tradeOnly', verdict: 'converging' },
    recovered: { mirror: 'trySuccess', provider: 'trySuccess', quadrant: 'both', verdict: 'consistent' },
  },
  {
    fault: 'rpc.provider_rejects',
    created: true,
    after: { mirror: 'cancelled', owed: null, provider: null, quadrant: 'tradeOnly', verdict: 'consistent' },
    recovered: { mirror: 'cancelled', provider: null, quadrant: 'tradeOnly', verdict: 'consistent' },
  },
  {
    fault: 'rpc.duplicate',
    created: true,
    after: { mirror: 'trySuccess', owed: null, provider: 'trySuccess', quadrant: 'both', verdict: 'consistent' },
    recovered: { mirror: 'trySuccess', provider: 'trySuccess', quadrant: 'both', verdict: 'consistent' },
  },
  {
    fault: 'local.fail_before_rpc',
    created: false,
    after: { mirror: null, owed: null, provider: null, quadrant: 'neither', verdict: 'consistent' },
    recovered: { mirror: null, provider: null, quadrant: 'neither', verdict: 'consistent' },
  },
  {
    fault: 'local.fail_after_rpc',
    created: true,
    after: { mirror: 'init', owed: 'try', provider: 'trySuccess', quadrant: 'both', verdict: 'converging' },
    recovered: { mirror: 'trySuccess', provider: 'trySuccess', quadrant: 'both', verdict: 'consistent' },
  },
  {
    fault: 'local.crash_after_commit',
    created: true,
    after: { mirror: 'init', owed: 'try', provider: null, quadrant: 'tradeOnly', verdict: 'converging' },
    recovered: { mirror: 'trySuccess', provider: 'trySuccess', quadrant: 'both', verdict: 'consistent' },
  },
];

describe('V2 create (RPC outside the local transaction) under each fault', () => {
  it.each(cases)('$fault', async ({ fault, created, after, recovered }) => {
    const t = await labWith(fault ?? undefined);
    const opening = money(t);
    const result = await createTrade(t.lab.trade, { amount: 1234 });
    expect(result.ok).toBe(created);
    const tradeId = result.ok ? result.value.tradeId : (result.error.details?.tradeId as string);
    expect(tradeId).toMatch(/^t-\d+$/);
    const first = tradeView(t.lab, tradeId)!;
    expect({
      mirror: first.mirror?.state ?? null,
      owed: first.mirror?.owed ?? null,
      provider: first.provider?.state ?? null,
      quadrant: first.quadrant,
      verdict: first.verdict,
    }).toEqual(after);
    expect(first.trade !== null).toBe(created);
    if (fault === 'rpc.slow_provider') {
      // The late try really lands at the provider, after the caller gave up on it.
      await t.lab.trade.rpc.drained();
      expect(tradeView(t.lab, tradeId)!.provider?.state).toBe('trySuccess');
    }

    await runRecoverySweep(t.lab.trade, { force: true });
    const last = tradeView(t.lab, tradeId)!;
    expect({
      mirror: last.mirror?.state ?? null,
      provider: last.provider?.state ?? null,
      quadrant: last.quadrant,
      verdict: last.verdict,
    }).toEqual(recovered);
    // Idempotency + retry never reserves twice, and money is conserved.
    expect(reservedEvents(t, tradeId)).toBe(recovered.provider ? 1 : 0);
    expect(last.provider?.reservations ?? 0).toBe(recovered.provider ? 1 : 0);
    expect(money(t)).toBe(opening);
  });

  it('records the request even when no trade was created, with the status the API answered', async () => {
    const t = await labWith('local.fail_before_rpc');
    const result = await createTrade(t.lab.trade, { amount: 500 });
    expect(result).toMatchObject({ ok: false, error: { code: 'local_tx_failed', details: { tradeId: 't-1' } } });
    expect(tradeView(t.lab, 't-1')).toMatchObject({ answerStatus: 503, trade: null, mirror: null, quadrant: 'neither' });
  });

  it('answers a duplicate delivery from the fence: one reservation, one replay', async () => {
    const t = await labWith('rpc.duplicate');
    const result = await createTrade(t.lab.trade, { amount: 999 });
    if (!result.ok) throw new Error(result.error.message);
    const payEvents = tradeView(t.lab, result.value.tradeId)!
      .events.filter((e) => e.source === 'pay')
      .map((e) => e.type);
    expect(payEvents.sort()).toEqual(['try.replayed', 'try.reserved']);
    const buyer = listAccounts(t.lab.payDb)[0]!;
    expect(buyer.frozenCents).toBe(999);
  });

  it('keeps retrying while the fault stays on, with backoff, and converges once it is off', async () => {
    const t = await labWith();
    t.lab.faults.set('rpc.response_lost', { mode: 'always' });
    const result = await createTrade(t.lab.trade, { amount: 100_00 });
    if (!result.ok) throw new Error(result.error.message);
    const { tradeId } = result.value;
    const retry = await runRecoverySweep(t.lab.trade, { force: true });
    expect(retry.attempted).toMatchObject([{ tradeId, op: 'try', attempt: 2, outcome: 'unknown', converged: false }]);
    const view = tradeView(t.lab, tradeId)!;
    expect(view.mirror).toMatchObject({ state: 'unknown', owed: 'try', attempts: 2 });
    expect(view.mirror!.nextRetryAt).toBeGreaterThan(Date.now() - 1000);

    t.lab.faults.set('rpc.response_lost', { mode: 'off' });
    const converged = await runRecoverySweep(t.lab.trade, { force: true });
    expect(converged.converged).toEqual([tradeId]);
    expect(tradeView(t.lab, tradeId)).toMatchObject({
      mirror: { state: 'trySuccess', owed: null, attempts: 3 },
      provider: { reservations: 1 },
    });
  });

  it('a retry the provider would refuse still gets the first answer when an earlier attempt landed late', async () => {
    // Found by the random run: a slow try reserves after the caller gave up; the retry meets a
    // refusal. The provider decides refusals behind its fence, so the retry learns the truth.
    const t = await labWith('rpc.slow_provider');
    const result = await createTrade(t.lab.trade, { amount: 2_500 });
    if (!result.ok) throw new Error(result.error.message);
    await t.lab.trade.rpc.drained();
    t.lab.faults.set('rpc.provider_rejects', { mode: 'always' });
    await runRecoverySweep(t.lab.trade, { force: true });
    expect(tradeView(t.lab, result.value.tradeId)).toMatchObject({
      mirror: { state: 'trySuccess', owed: null },
      provider: { state: 'trySuccess', reservations: 1 },
      verdict: 'consistent',
    });
  });

  it('a refused try is final: its late delivery is refused too, so nothing is left hanging', async () => {
    const t = await labWith('rpc.slow_provider');
    t.lab.updateSettings({ rpcTimeoutMs: 150 });
    const result = await createTrade(t.lab.trade, { amount: 2_500 });
    if (!result.ok) throw new Error(result.error.message);
    // The retry overtakes the late delivery and is refused; the late try then meets the fence.
    t.lab.faults.set('rpc.provider_rejects', { mode: 'once' });
    await runRecoverySweep(t.lab.trade, { force: true });
    await t.lab.trade.rpc.drained();
    const view = tradeView(t.lab, result.value.tradeId)!;
    expect(view).toMatchObject({ mirror: { state: 'cancelled' }, provider: null, verdict: 'consistent' });
    expect(view.events.filter((e) => e.source === 'pay').map((e) => e.type)).toEqual(['try.rejected', 'try.replayed']);
    expect(money(t)).toBe(t.lab.pay.accounts()[0]!.balanceCents);
  });

  it('continues after a restart from the databases alone', async () => {
    const t = await labWith('local.crash_after_commit');
    const result = await createTrade(t.lab.trade, { amount: 4321 });
    if (!result.ok) throw new Error(result.error.message);
    const { dataDir } = t;
    await t.close({ keepData: true });
    // Fresh connections on the same files: the mirror alone says the try is owed.
    const again = await startTestLab({ transport: 'http', dataDir });
    expect(tradeView(again.lab, result.value.tradeId)!.mirror).toMatchObject({ state: 'init', owed: 'try' });
    await runRecoverySweep(again.lab.trade);
    expect(tradeView(again.lab, result.value.tradeId)).toMatchObject({
      mirror: { state: 'trySuccess' },
      provider: { state: 'trySuccess' },
      verdict: 'consistent',
    });
    await again.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
