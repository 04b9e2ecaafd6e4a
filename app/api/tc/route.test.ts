import { beforeAll, describe, expect, it } from 'vitest';
import { getLab } from '@/lib/lab';
import { errorOf, jsonRequest, rowCounts, useTemporaryLab } from '@/lib/testing/route-harness';
import { POST as createTrade } from '../trades/route';
import { GET } from './route';

beforeAll(() => useTemporaryLab());

const log = async (query = '') => {
  const res = await GET(jsonRequest(`/api/tc${query}`, 'GET'));
  expect(res.status).toBe(200);
  return res.json();
};

const createV3 = async (amount: string) => {
  const res = await createTrade(jsonRequest('/api/trades', 'POST', { amount, strategy: 'v3' }));
  return { status: res.status, body: await res.json() };
};

describe('GET /api/tc', () => {
  it('answers an empty log, with the coordinator up', async () => {
    expect(await log()).toEqual({ up: true, items: [], total: 0, nextBefore: null });
  });

  it("lists a V3 create's global transaction with both branches, its times and no retry due", async () => {
    const made = await createV3('1.25');
    expect(made.status).toBe(201);
    const { items, total } = await log();
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({
      xid: expect.stringMatching(/^x-\d+$/),
      tradeId: made.body.id,
      action: 'create',
      status: 'Committed',
      branches: [
        { branchId: expect.stringMatching(/^b-\d+$/), resource: 'pay', status: 'PhaseTwo_Committed' },
        { resource: 'trade', status: 'PhaseTwo_Committed' },
      ],
      begunAt: expect.any(Number),
      updatedAt: expect.any(Number),
      timeoutAt: expect.any(Number),
      nextRetryAt: null,
    });
    expect(items[0].timeoutAt).toBeGreaterThan(items[0].begunAt);
  });

  it('pages newest first with the before cursor, and filters by trade', async () => {
    const trades = [];
    for (const amount of ['1.31', '1.32', '1.33']) trades.push((await createV3(amount)).body.id as string);
    const first = await log('?limit=2');
    const numbers = first.items.map((g: { xid: string }) => Number(g.xid.slice(2)));
    expect(numbers).toHaveLength(2);
    expect(numbers[0]).toBeGreaterThan(numbers[1]);
    expect(first.nextBefore).toBe(numbers[1]);
    const next = await log(`?limit=2&before=${first.nextBefore}`);
    expect(Number(next.items[0].xid.slice(2))).toBeLessThan(numbers[1]);
    const one = await log(`?tradeId=${trades[1]}`);
    expect(one).toMatchObject({ total: 1, nextBefore: null, items: [{ tradeId: trades[1], action: 'create' }] });
    expect(await log('?tradeId=t-999999')).toMatchObject({ total: 0, items: [] });
  });

  it('still reads the log while the coordinator is down, and says so', async () => {
    getLab().faults.set('tc.crash_after_begin', { mode: 'once' });
    const refused = await createV3('1.40');
    expect(refused).toMatchObject({ status: 503, body: { error: { code: 'coordinator_unavailable' } } });
    const down = await log(`?tradeId=${refused.body.error.tradeId}`);
    expect(down).toMatchObject({ up: false, total: 1, items: [{ status: 'Begin', branches: [] }] });
    await getLab().tc.restart();
    expect((await log('?limit=1')).up).toBe(true);
  });

  it.each([
    ['a zero page size', '?limit=0'],
    ['a page size that is not a number', '?limit=abc'],
    ['a page size over the maximum', '?limit=501'],
    ['a cursor below 1', '?before=0'],
    ['a cursor that is not a number', '?before=x-3'],
    ['an empty trade id', '?tradeId='],
    ['a trade id too long', `?tradeId=${'t'.repeat(65)}`],
  ])('refuses %s with 400 in the error shape, and changes nothing', async (_what, query) => {
    const before = rowCounts();
    const res = await GET(jsonRequest(`/api/tc${query}`, 'GET'));
    expect(await errorOf(res)).toMatchObject({ status: 400, code: 'bad_request', message: expect.any(String) });
    expect(rowCounts()).toEqual(before);
  });
});
