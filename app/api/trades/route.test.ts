import { beforeAll, describe, expect, it } from 'vitest';
import { errorOf, jsonRequest, params, rowCounts, useTemporaryLab } from '@/lib/testing/route-harness';
import { GET as getTrade } from './[id]/route';
import { GET, POST } from './route';

beforeAll(() => useTemporaryLab());

describe('POST /api/trades', () => {
  it('creates a trade: 201 with the trade view', async () => {
    const res = await POST(jsonRequest('/api/trades', 'POST', { amount: '12.34' }));
    expect(res.status).toBe(201);
    const view = await res.json();
    expect(view).toMatchObject({
      amount: '12.34',
      strategy: 'v2',
      trade: { status: 'created' },
      mirror: { state: 'trySuccess' },
      provider: { state: 'trySuccess' },
      quadrant: 'both',
      consistent: true,
    });
    const again = await getTrade(jsonRequest(`/api/trades/${view.id}`, 'GET'), params({ id: view.id }));
    expect(again.status).toBe(200);
    expect((await again.json()).events.length).toBeGreaterThan(0);
  });

  const bad: [string, unknown, number, string][] = [
    ['a non-numeric amount', { amount: 'ten' }, 400, 'bad_request'],
    ['a zero amount', { amount: 0 }, 400, 'bad_request'],
    ['a negative amount', { amount: '-5.00' }, 400, 'bad_request'],
    ['more than two decimals', { amount: '1.234' }, 400, 'bad_request'],
    ['a missing amount', {}, 400, 'bad_request'],
    ['an unknown field', { amount: '1.00', colour: 'red' }, 400, 'bad_request'],
    ['an unknown strategy', { amount: '1.00', strategy: 'v9' }, 400, 'bad_request'],
    ['malformed JSON', '{"amount": ', 400, 'invalid_json'],
    ['a JSON array', [1, 2], 400, 'bad_request'],
  ];

  it.each(bad)('refuses %s with %i %s and writes nothing', async (_what, body, status, code) => {
    const before = rowCounts();
    const res = await POST(jsonRequest('/api/trades', 'POST', body));
    expect(await errorOf(res)).toMatchObject({ status, code });
    expect(rowCounts()).toEqual(before);
  });

  it('refuses a body that is not JSON, and one that is too large', async () => {
    const before = rowCounts();
    const form = new Request('http://127.0.0.1:3000/api/trades', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'amount=1',
    });
    expect(await errorOf(await POST(form))).toMatchObject({ status: 415, code: 'unsupported_media_type' });
    expect(
      await errorOf(await POST(jsonRequest('/api/trades', 'POST', { amount: '1.00', idempotencyKey: 'x'.repeat(20_000) }))),
    ).toMatchObject({ status: 413 });
    expect(rowCounts()).toEqual(before);
  });

  it('refuses a request whose host is not the lab (DNS rebinding), even from that same origin', async () => {
    const before = rowCounts();
    const res = await POST(
      jsonRequest('/api/trades', 'POST', { amount: '1.00' }, { host: 'evil.example:3000', origin: 'http://evil.example:3000' }),
    );
    expect(await errorOf(res)).toMatchObject({ status: 403, code: 'forbidden_origin' });
    expect(rowCounts()).toEqual(before);
  });

  it('refuses a request from another origin', async () => {
    const before = rowCounts();
    const res = await POST(jsonRequest('/api/trades', 'POST', { amount: '1.00' }, { origin: 'https://evil.example' }));
    expect(await errorOf(res)).toMatchObject({ status: 403, code: 'forbidden_origin' });
    expect(rowCounts()).toEqual(before);
  });

  it('answers an unknown trade id with 404 in the error shape', async () => {
    for (const id of ['t-999999', 'nope', 't-0']) {
      expect(await errorOf(await getTrade(jsonRequest(`/api/trades/${id}`, 'GET'), params({ id })))).toMatchObject({
        status: 404,
        code: 'not_found',
      });
    }
  });

  it('answers a create that left no trade with an error status and its trade id', async () => {
    // 2.00 is the note's case 2: under V2 the local transaction fails before the RPC.
    const res = await POST(jsonRequest('/api/trades', 'POST', { amount: '2.00' }));
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.error).toMatchObject({ code: 'local_tx_failed', tradeId: expect.stringMatching(/^t-\d+$/) });
  });
});

describe('GET /api/trades', () => {
  it('lists newest first, paginated', async () => {
    await POST(jsonRequest('/api/trades', 'POST', { amount: '1.50' }));
    const res = await GET(jsonRequest('/api/trades?limit=2', 'GET'));
    const page = await res.json();
    expect(page.items).toHaveLength(2);
    const ids = page.items.map((t: { id: string }) => Number(t.id.slice(2)));
    expect(ids[0]).toBeGreaterThan(ids[1]);
    const next = await (await GET(jsonRequest(`/api/trades?limit=2&before=${page.nextBefore}`, 'GET'))).json();
    expect(Number(next.items[0].id.slice(2))).toBeLessThan(ids[1]);
  });

  it('refuses a bad page size', async () => {
    expect((await GET(jsonRequest('/api/trades?limit=0', 'GET'))).status).toBe(400);
    expect((await GET(jsonRequest('/api/trades?limit=abc', 'GET'))).status).toBe(400);
  });
});

describe('POST /api/trades with an idempotency key', () => {
  it('50 concurrent requests with one key make one trade and one reservation', async () => {
    const before = rowCounts();
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => POST(jsonRequest('/api/trades', 'POST', { amount: '33.33', idempotencyKey: 'order-50' }))),
    );
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(responses.every((r) => r.status === 201 || r.status === 200)).toBe(true);
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    const after = rowCounts();
    expect(after.tradeRequests - before.tradeRequests).toBe(1);
    expect(after.trades - before.trades).toBe(1);
    expect(after.payOrders - before.payOrders).toBe(1);
    const view = await (await getTrade(jsonRequest(`/api/trades/${bodies[0].id}`, 'GET'), params({ id: bodies[0].id }))).json();
    expect(view.provider).toMatchObject({ state: 'trySuccess', reservations: 1 });
  });

  it('answers a repeat of a create that left no trade with the same error, and no second attempt', async () => {
    const first = await POST(jsonRequest('/api/trades', 'POST', { amount: '2.00', idempotencyKey: 'order-2' }));
    const firstBody = await first.json();
    expect(first.status).toBe(503);
    const before = rowCounts();
    const again = await POST(jsonRequest('/api/trades', 'POST', { amount: '2.00', idempotencyKey: 'order-2' }));
    expect(again.status).toBe(503);
    expect((await again.json()).error).toMatchObject({ code: 'local_tx_failed', tradeId: firstBody.error.tradeId, replay: true });
    expect(rowCounts()).toEqual(before);
  });

  it('refuses the same key with another amount, writing nothing', async () => {
    await POST(jsonRequest('/api/trades', 'POST', { amount: '10.00', idempotencyKey: 'order-x' }));
    const before = rowCounts();
    const res = await POST(jsonRequest('/api/trades', 'POST', { amount: '11.00', idempotencyKey: 'order-x' }));
    expect(await errorOf(res)).toMatchObject({ status: 422, code: 'idempotency_conflict' });
    expect(rowCounts()).toEqual(before);
  });
});
