import { describe, expect, it } from 'vitest';
import { FaultInjector } from '@/lib/faults/fault-injector';
import { payEvent } from '@/db/pay/schema';
import { createRpcClient } from '@/lib/rpc/client';
import { inProcessTransport } from '@/lib/rpc/in-process-transport';
import { startScratchLab } from '@/lib/scratch-lab';
import { createTrade } from '@/lib/trade/create-trade';
import { modifyTrade } from '@/lib/trade/modify-trade';
import { eventsAfter } from '@/lib/trade/event-log';
import { faultIds } from '@/lib/faults/catalog';
import { randomStream } from '@/lib/random/random';
import { seededWorld, simulationEpoch } from './seeded-world';
import { virtualClock } from './virtual-clock';

describe('the virtual clock', () => {
  it('a lost request costs no wall time: the caller waits out a minute of virtual time at once', async () => {
    const time = virtualClock(simulationEpoch);
    const faults = new FaultInjector();
    faults.set('rpc.request_lost', { mode: 'once' });
    const nothing = () => ({ status: 500, body: null });
    const transport = inProcessTransport({ pay: nothing, tc: nothing, trade: nothing });
    const client = createRpcClient({ transport, faults, clock: time.clock, timeoutMs: () => 60_000, from: 'trade' });
    const wall = Date.now();
    const attempt = await time.drive(client.call({ op: 'try', body: { payOrderId: 'po-1', tradeId: 't-1', amountCents: 100 } }));
    expect(attempt).toMatchObject({ outcome: { kind: 'unknown' }, fault: 'rpc.request_lost', durationMs: 60_000 });
    expect(time.clock.now()).toBe(simulationEpoch + 60_000);
    // Had it waited for real, a minute would have passed.
    expect(Date.now() - wall).toBeLessThan(30_000);
  });

  it('says so when the world is stuck: work that waits on nothing scheduled', async () => {
    const time = virtualClock(simulationEpoch);
    await expect(time.drive(new Promise(() => {}))).rejects.toThrow(/stuck/);
  });
});

/** Concurrent trades under every fault, in a seeded world: the whole record of both services. */
async function simulate(seed: number) {
  const simulated = seededWorld(seed);
  const scratch = await startScratchLab({ world: simulated.world, settings: { v1OnUnknown: 'assume-success', backoff: { jitter: 0.5 } } });
  try {
    const { lab } = scratch;
    for (const id of faultIds) lab.faults.set(id, { mode: 'probability', probability: 0.15 });
    const plan = randomStream(seed, 'test plan');
    const trade = async (i: number) => {
      const created = await createTrade(lab.trade, { amount: 5_00 + i, strategy: plan() < 0.5 ? 'v1' : 'v2' });
      if (created.ok && plan() < 0.7) await modifyTrade(lab.trade, created.value.tradeId, plan() < 0.5 ? 'confirm' : 'cancel');
    };
    await simulated.drive(
      (async () => {
        await Promise.all(Array.from({ length: 40 }, (_, i) => trade(i)));
        await lab.trade.rpc.drained();
      })(),
    );
    return { trade: eventsAfter(lab.tradeDb, 0, 100_000), pay: lab.payDb.select().from(payEvent).all() };
  } finally {
    await scratch.close();
  }
}

describe('the simulated world', { timeout: 60_000 }, () => {
  it('replays exactly from its seed: the same event log, to the millisecond', async () => {
    const [first, again, other] = [await simulate(7), await simulate(7), await simulate(8)];
    expect(first.trade.length).toBeGreaterThan(100);
    expect(first.trade.some((e) => e.type === 'fault')).toBe(true);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });
});
