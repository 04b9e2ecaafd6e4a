import { describe, expect, it } from 'vitest';
import { virtualClock } from '@/lib/sim/virtual-clock';
import { providerDelay } from '@/lib/lab-world';
import { startScratchLab, type ScratchLabOptions } from '@/lib/scratch-lab';
import { seededWorld, simulationEpoch } from '@/lib/sim/seeded-world';
import { createTrade } from '@/lib/trade/create-trade';
import { eventsAfter } from '@/lib/trade/event-log';
import { payEvent } from '@/db/pay/schema';

/** A lab of its own for one test, closed after it. */
async function withLab<T>(
  options: ScratchLabOptions,
  run: (scratch: Awaited<ReturnType<typeof startScratchLab>>) => Promise<T>,
): Promise<T> {
  const scratch = await startScratchLab(options);
  try {
    return await run(scratch);
  } finally {
    await scratch.close();
  }
}

const tryBody = (n: number) => ({ payOrderId: `po-latency-${n}`, tradeId: `t-latency-${n}`, amountCents: 1_00 });

describe("the provider's latency, decided in one place", () => {
  it('at 0 the answer goes at once: the very value, no promise, no timer, no draw', () => {
    const time = virtualClock(simulationEpoch);
    let draws = 0;
    const late = providerDelay({ clock: time.clock, providerLatency: () => ({ ms: 0, jitterMs: 0 }), random: () => (draws++, 0.5) });
    const answer = { status: 200, body: {} };
    expect(late(answer)).toBe(answer);
    expect(draws).toBe(0);
  });

  it('waits ms plus a draw in [0, jitterMs] on the clock it is given', async () => {
    const time = virtualClock(simulationEpoch);
    const draws = [0, 0.999_999, 0.5];
    const late = providerDelay({ clock: time.clock, providerLatency: () => ({ ms: 10, jitterMs: 4 }), random: () => draws.shift()! });
    for (const expected of [10, 14, 12]) {
      const before = time.clock.now();
      await time.drive(Promise.resolve(late('answer')));
      expect(time.clock.now() - before).toBe(expected);
    }
  });

  it("delays only the provider's answers: the coordinator and the trade branch answer at once", async () => {
    const simulated = seededWorld(3);
    await withLab(
      { world: simulated.world, inMemory: true, settings: { providerLatency: { ms: 5_000, jitterMs: 0 } } },
      async ({ lab }) => {
        // Bodies no endpoint takes: each service answers a 400 without touching its database.
        expect(lab.services.pay('query', {})).toBeInstanceOf(Promise);
        const before = lab.clock.now();
        expect(await lab.services.tc('query', {})).toMatchObject({ status: 400 });
        expect(await lab.services.trade('branch-confirm', {})).toMatchObject({ status: 400 });
        expect(lab.clock.now()).toBe(before);
        expect(await simulated.drive(Promise.resolve(lab.services.pay('query', {})))).toMatchObject({ status: 400 });
        expect(lab.clock.now() - before).toBe(5_000);
      },
    );
  });
});

describe('over the real HTTP hop', () => {
  it('a create waits the latency for real: at least 50 ms of wall time', async () => {
    await withLab({ transport: 'http', settings: { providerLatency: { ms: 50, jitterMs: 0 } } }, async ({ lab }) => {
      const started = performance.now();
      const created = await createTrade(lab.trade, { amount: 1_000 });
      expect(performance.now() - started).toBeGreaterThanOrEqual(50);
      expect(created.ok).toBe(true);
    });
  });

  it.each(['http', 'in-process'] as const)(
    "over %s, a latency above the caller's timeout: the try's outcome is unknown, though the provider did the work",
    async (transport) => {
      await withLab({ transport, settings: { rpcTimeoutMs: 30, providerLatency: { ms: 300, jitterMs: 0 } } }, async ({ lab }) => {
        const attempt = await lab.trade.rpc.call({ op: 'try', body: tryBody(1) });
        expect(attempt.outcome).toMatchObject({ kind: 'unknown' });
        expect(lab.pay.query(tryBody(1).payOrderId).payOrder).toMatchObject({ state: 'trySuccess' });
      });
    },
  );
});

/** A V2 create and a V3 create in a seeded world with a jittered latency: the record of both services, and the times it took. */
async function simulate(seed: number) {
  const simulated = seededWorld(seed);
  const settings = {
    providerLatency: { ms: 20_000, jitterMs: 5_000 },
    // Every timeout above the latency: the run is about time passing, not about giving up.
    rpcTimeoutMs: 60_000,
    coordinator: { globalTimeoutMs: 600_000 },
  };
  return withLab({ world: simulated.world, inMemory: true, settings }, async ({ lab }) => {
    const wall = performance.now();
    const before = lab.clock.now();
    const created = await simulated.drive(
      Promise.all([createTrade(lab.trade, { amount: 1_000, strategy: 'v2' }), createTrade(lab.trade, { amount: 2_000, strategy: 'v3' })]),
    );
    const virtualMs = lab.clock.now() - before;
    return {
      wallMs: performance.now() - wall,
      record: {
        created: created.map((c) => c.ok),
        virtualMs,
        trade: eventsAfter(lab.tradeDb, 0, 100_000),
        pay: lab.payDb.select().from(payEvent).all(),
      },
    };
  });
}

describe('in a simulation', () => {
  it('the latency is taken in virtual time: the clock advances by it, the wall clock does not wait it', async () => {
    const { record, wallMs } = await simulate(11);
    expect(record.created).toEqual([true, true]);
    expect(record.virtualMs).toBeGreaterThanOrEqual(20_000);
    expect(wallMs).toBeLessThan(20_000);
  });

  it('replays from the seed, jitter included: the same seed gives the same record', async () => {
    const [first, again] = [await simulate(11), await simulate(11)];
    expect(again.record).toEqual(first.record);
    expect(first.record.trade.length).toBeGreaterThan(0);
    // Another seed draws other jitter.
    expect((await simulate(12)).record.virtualMs).not.toBe(first.record.virtualMs);
  });
});
