import { beforeAll, describe, expect, it } from 'vitest';
import { getLab } from '@/lib/lab';
import { errorOf, jsonRequest, rowCounts, useTemporaryLab } from '@/lib/testing/route-harness';
import { POST } from './route';

beforeAll(() => useTemporaryLab());

const orphan = { payOrderId: 'po-orphan', tradeId: 't-orphan' };
const orphanState = () => getLab().pay.query(orphan.payOrderId).payOrder?.state;

describe('POST /api/reconcile', () => {
  beforeAll(() => {
    getLab().pay.try({ ...orphan, amountCents: 4_00 });
  });

  const bad: [string, unknown, string][] = [
    ['an unknown field', { graceMs: 0, force: true }, 'bad_request'],
    ['a negative grace', { graceMs: -1 }, 'bad_request'],
    ['a fractional grace', { graceMs: 0.5 }, 'bad_request'],
    ['a grace given as a string', { graceMs: '0' }, 'bad_request'],
    ['a JSON null', 'null', 'bad_request'],
    ['malformed JSON', '{"graceMs": ', 'invalid_json'],
  ];

  it.each(bad)('refuses %s with 400 %s and changes nothing', async (_what, body, code) => {
    const before = rowCounts();
    expect(await errorOf(await POST(jsonRequest('/api/reconcile', 'POST', body)))).toMatchObject({ status: 400, code });
    expect(rowCounts()).toEqual(before);
    expect(orphanState()).toBe('trySuccess');
  });

  it('refuses a request from another origin', async () => {
    const res = await POST(jsonRequest('/api/reconcile', 'POST', { graceMs: 0 }, { origin: 'https://evil.example' }));
    expect(await errorOf(res)).toMatchObject({ status: 403, code: 'forbidden_origin' });
    expect(orphanState()).toBe('trySuccess');
  });

  it('with an empty body waits out the default grace period', async () => {
    const res = await POST(new Request('http://127.0.0.1:3000/api/reconcile', { method: 'POST', headers: { host: '127.0.0.1:3000' } }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ examined: 1, cancelled: [], skipped: [{ ...orphan, amount: '4.00', reason: 'within grace' }] });
  });

  it("cancels the orphan once the grace period is over: released, and removed as a deleted trade's would be", async () => {
    const res = await POST(jsonRequest('/api/reconcile', 'POST', { graceMs: 0 }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ examined: 1, cancelled: [{ ...orphan, amount: '4.00' }], skipped: [] });
    expect(orphanState()).toBeUndefined();
    const { events } = getLab().pay.query(orphan.payOrderId);
    expect(events.at(-1)).toMatchObject({ type: 'cancel.released', detail: { amountCents: 4_00, removed: true } });
  });
});
