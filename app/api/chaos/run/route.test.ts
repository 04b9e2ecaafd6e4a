import { beforeAll, describe, expect, it } from 'vitest';
import { errorOf, jsonRequest, rowCounts, useTemporaryLab } from '@/lib/testing/route-harness';
import { GET, POST } from './route';

beforeAll(() => useTemporaryLab());

describe('POST /api/chaos/run', () => {
  it("runs random trades in a scratch lab and leaves the lab's own databases untouched", async () => {
    const before = rowCounts();
    const res = await POST(jsonRequest('/api/chaos/run', 'POST', { trades: 25, probability: 0.1, seed: 3 }));
    expect(res.status).toBe(200);
    const run = (await res.json()) as { options: { trades: number; strategy: string }; plan: { byStrategy: Record<string, number> } };
    expect(run.options).toMatchObject({ trades: 25, strategy: 'mixed' });
    // Mixed: the trades are shared among every strategy.
    expect(Object.values(run.plan.byStrategy).reduce((a, b) => a + b, 0)).toBe(25);
    expect(rowCounts()).toEqual(before);
  });

  it('tells how far a run in progress has got, and that none is running once it ends', async () => {
    const idle = () => GET(jsonRequest('/api/chaos/run', 'GET')).then((r) => r.json());
    expect(await idle()).toEqual({ running: false, progress: null });
    let finished = false;
    const run = POST(jsonRequest('/api/chaos/run', 'POST', { trades: 40, probability: 0.1, seed: 4 })).finally(() => (finished = true));
    const seen: { stage: string; trades: number }[] = [];
    while (!finished) {
      const status = await idle();
      if (status.running) seen.push(status.progress);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect((await run).status).toBe(200);
    expect(seen.length).toBeGreaterThan(0);
    for (const p of seen) expect(p).toMatchObject({ stage: expect.stringMatching(/^(flows|recovery|reconcile)$/), trades: 40 });
    expect(await idle()).toEqual({ running: false, progress: null });
  });

  it('runs one at a time: a second run while the first is going gets a 409', async () => {
    const [a, b] = await Promise.all([1, 2].map((seed) => POST(jsonRequest('/api/chaos/run', 'POST', { trades: 20, seed }))));
    expect([a!.status, b!.status].sort()).toEqual([200, 409]);
    const refused = a!.status === 409 ? a! : b!;
    expect(await errorOf(refused)).toMatchObject({ code: 'run_in_progress' });
  });

  it.each([[{ trades: 'many' }], [{ probability: -0.1 }], [{ faults: ['nope'] }], [{ extra: 1 }], ['{']])(
    'refuses %j and changes nothing',
    async (body) => {
      const before = rowCounts();
      expect((await errorOf(await POST(jsonRequest('/api/chaos/run', 'POST', body)))).status).toBe(400);
      expect(rowCounts()).toEqual(before);
    },
  );

  it('refuses a cross-origin request', async () => {
    const res = await POST(jsonRequest('/api/chaos/run', 'POST', {}, { origin: 'https://evil.example' }));
    expect((await errorOf(res)).status).toBe(403);
  });
});
