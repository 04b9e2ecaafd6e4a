import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { explore } from '@/lib/explore/explore';
import { errorOf, jsonRequest, rowCounts, useTemporaryLab } from '@/lib/testing/route-harness';
import { GET, POST } from './route';

// The real explorer, watched: a refused body must not have started one.
vi.mock(import('@/lib/explore/explore'), async (original) => {
  const real = await original();
  return { ...real, explore: vi.fn(real.explore) };
});

beforeAll(() => useTemporaryLab());
// A block, not an expression: what beforeEach returns it calls as a teardown.
beforeEach(() => {
  vi.mocked(explore).mockClear();
});

const small = { depth: 1, strategies: ['v1'], fences: ['on'], sequences: ['create-confirm'] };
const run = (body: unknown, headers?: Record<string, string>) => POST(jsonRequest('/api/explore/run', 'POST', body, headers));

describe('POST /api/explore/run', { timeout: 60_000 }, () => {
  it("walks every schedule of a small bound and returns the report, the lab's own databases untouched", async () => {
    const before = rowCounts();
    const res = await run(small);
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({ options: small, schedules: 19, ok: false });
    const finding = report.properties.find((p: { id: string }) => p.id === 'v1.create-3-repaired');
    expect(finding).toMatchObject({ verdict: 'fails', asPredicted: false });
    expect(finding.classes[0].shortest).toMatchObject({
      id: 'v1.on.create-confirm.d1.01',
      replay: 'npm run explore -- --replay=v1.on.create-confirm.d1.01',
      story: { id: 't-1' },
    });
    expect(finding.classes[0].why).toMatch(/the confirm came before any retry/);
    expect(rowCounts()).toEqual(before);
  });

  it('fills in every bound it is not given from the schema', async () => {
    const res = await run({ depth: 0, strategies: ['v2'] });
    expect((await res.json()).options).toEqual({
      depth: 0,
      strategies: ['v2'],
      fences: ['on', 'off'],
      sequences: ['create', 'create-confirm', 'create-cancel', 'create-delete', 'cancel-while-unknown'],
    });
  });

  it('tells how far an exploration in progress has walked, and that none is running once it ends', async () => {
    const idle = () => GET(jsonRequest('/api/explore/run', 'GET')).then((r) => r.json());
    expect(await idle()).toEqual({ running: false, progress: null });
    let finished = false;
    const running = run({ ...small, sequences: ['create', 'create-confirm'] }).finally(() => (finished = true));
    const seen: { total: number; configuration: { sequence: string } }[] = [];
    while (!finished) {
      const status = await idle();
      if (status.running) seen.push(status.progress);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect((await running).status).toBe(200);
    expect(seen.length).toBeGreaterThan(0);
    for (const p of seen) expect(p).toMatchObject({ configuration: { strategy: 'v1', fence: 'on', depth: 1 }, total: expect.any(Number) });
    expect(seen.map((p) => p.total)).toEqual([...seen.map((p) => p.total)].sort((a, b) => a - b));
    expect(await idle()).toEqual({ running: false, progress: null });
  });

  it('runs one at a time: a second exploration while the first is going gets a 409', async () => {
    const [a, b] = await Promise.all([run(small), run(small)]);
    expect([a!.status, b!.status].sort()).toEqual([200, 409]);
    expect(await errorOf(a!.status === 409 ? a! : b!)).toMatchObject({ code: 'run_in_progress' });
  });

  it.each([
    [{ depth: 'deep' }],
    [{ depth: 7 }],
    [{ depth: 1.5 }],
    [{ strategies: [] }],
    [{ strategies: ['v9'] }],
    [{ fences: ['maybe'] }],
    [{ sequences: ['create-twice'] }],
    [{ extra: 1 }],
    [[]],
    ['{'],
  ])('refuses %j with a 400 and runs nothing', async (body) => {
    const refused = await errorOf(await run(body));
    expect(refused).toMatchObject({ status: 400, code: expect.stringMatching(/^(bad_request|invalid_json)$/) });
    expect(explore).not.toHaveBeenCalled();
  });

  it('refuses a body that is not JSON, and a cross-origin request', async () => {
    expect(await errorOf(await run('depth=1', { 'content-type': 'text/plain' }))).toMatchObject({ status: 415 });
    expect(await errorOf(await run(small, { origin: 'https://evil.example' }))).toMatchObject({ status: 403 });
    expect(explore).not.toHaveBeenCalled();
  });
});
