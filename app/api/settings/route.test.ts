import { beforeAll, describe, expect, it } from 'vitest';
import { getLab } from '@/lib/lab';
import { errorOf, jsonRequest, useTemporaryLab } from '@/lib/testing/route-harness';
import { GET, PUT } from './route';

beforeAll(() => useTemporaryLab());

const current = async () => (await GET(jsonRequest('/api/settings', 'GET'))).json();

describe('/api/settings', () => {
  it('reads the defaults and changes a subset, backoff field by field', async () => {
    expect(await current()).toMatchObject({ strategy: 'v2', v1OnUnknown: 'assume-success', providerFence: 'on' });
    const res = await PUT(jsonRequest('/api/settings', 'PUT', { strategy: 'v1', providerFence: 'off', backoff: { maxAttempts: 3 } }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ strategy: 'v1', providerFence: 'off', backoff: { maxAttempts: 3, baseMs: 500 } });
  });

  it("changes the provider's latency field by field", async () => {
    expect(await current()).toMatchObject({ providerLatency: { ms: 0, jitterMs: 0 } });
    const res = await PUT(jsonRequest('/api/settings', 'PUT', { providerLatency: { ms: 20 } }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ providerLatency: { ms: 20, jitterMs: 0 } });
    await PUT(jsonRequest('/api/settings', 'PUT', { providerLatency: { jitterMs: 5 } }));
    expect(await current()).toMatchObject({ providerLatency: { ms: 20, jitterMs: 5 } });
    await PUT(jsonRequest('/api/settings', 'PUT', { providerLatency: { ms: 0, jitterMs: 0 } }));
  });

  it('reseeds the fault draws: the same seed replays the same faults', async () => {
    const lab = getLab();
    lab.faults.set('rpc.request_lost', { mode: 'probability', probability: 0.5 });
    const draws = async () => {
      expect((await PUT(jsonRequest('/api/settings', 'PUT', { faultSeed: 42 }))).status).toBe(200);
      return Array.from({ length: 32 }, (_, i) => lab.faults.fires('rpc.request_lost', { op: 'try', payOrderId: `po-${i}` }));
    };
    const first = await draws();
    expect(await draws()).toEqual(first);
    expect(first).toContain(true);
    expect(first).toContain(false);
    lab.faults.set('rpc.request_lost', { mode: 'off' });
  });

  it.each([
    [{ faultSeed: -1 }],
    [{ faultSeed: 1.5 }],
    [{ strategy: 'v9' }],
    [{ v1OnUnknown: 'assume-maybe' }],
    [{ providerFence: true }],
    [{ rpcTimeoutMs: 5 }],
    [{ rpcTimeoutMs: 'fast' }],
    [{ backoff: { baseMs: -1 } }],
    [{ backoff: { jitter: 2 } }],
    [{ providerLatency: { ms: -1 } }],
    [{ providerLatency: { jitterMs: 2.5 } }],
    [{ providerLatency: { ms: 3_600_000 } }],
    [{ providerLatency: { ms: '5' } }],
    [{ providerLatency: { ms: 5, spread: 1 } }],
    [{ providerLatency: 5 }],
    [{ colour: 'blue' }],
    ['[1'],
  ])('refuses %j and changes nothing', async (body) => {
    const before = await current();
    const res = await PUT(jsonRequest('/api/settings', 'PUT', body));
    expect((await errorOf(res)).status).toBe(400);
    expect(await current()).toEqual(before);
  });
});
