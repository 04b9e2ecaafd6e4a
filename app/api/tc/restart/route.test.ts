import { beforeAll, describe, expect, it } from 'vitest';
import { getLab } from '@/lib/lab';
import { errorOf, jsonRequest, params, rowCounts, useTemporaryLab } from '@/lib/testing/route-harness';
import { POST as tc } from '../[endpoint]/route';
import { POST } from './route';

beforeAll(() => useTemporaryLab());

const restart = (body?: unknown, headers?: Record<string, string>) => POST(jsonRequest('/api/tc/restart', 'POST', body, headers));

describe('POST /api/tc/restart', () => {
  it('refuses while the coordinator is up: 409, nothing changed', async () => {
    const before = rowCounts();
    expect(await errorOf(await restart())).toMatchObject({ status: 409, code: 'illegal_transition' });
    expect(rowCounts()).toEqual(before);
  });

  it('brings a crashed coordinator back, with or without an empty body', async () => {
    for (const body of [undefined, {}]) {
      getLab().faults.set('tc.crash_after_begin', { mode: 'once' });
      const begin = await tc(jsonRequest('/api/tc/begin', 'POST', { tradeId: 't-r1', action: 'create' }), params({ endpoint: 'begin' }));
      expect(begin.status).toBe(503);
      const res = await restart(body);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ resumed: 0 });
      expect(getLab().tc.isUp()).toBe(true);
    }
  });

  it.each([
    ['a field', { force: true }],
    ['an array', []],
    ['a number', 3],
  ])('refuses a body with %s: 400, and the coordinator stays down', async (_what, body) => {
    getLab().faults.set('tc.crash_after_begin', { mode: 'once' });
    await tc(jsonRequest('/api/tc/begin', 'POST', { tradeId: 't-r2', action: 'create' }), params({ endpoint: 'begin' }));
    const before = rowCounts();
    expect(await errorOf(await restart(body))).toMatchObject({ status: 400, code: 'bad_request' });
    expect(await errorOf(await restart('{"a": '))).toMatchObject({ status: 400, code: 'invalid_json' });
    expect(await errorOf(await restart({}, { origin: 'https://evil.example' }))).toMatchObject({ status: 403 });
    expect(rowCounts()).toEqual(before);
    expect(getLab().tc.isUp()).toBe(false);
    await getLab().tc.restart();
  });
});
