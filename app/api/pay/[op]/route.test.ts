import { beforeAll, describe, expect, it } from 'vitest';
import { getLab } from '@/lib/lab';
import { errorOf, jsonRequest, params, rowCounts, useTemporaryLab } from '@/lib/testing/route-harness';
import { POST } from './route';

beforeAll(() => useTemporaryLab());

const pay = (op: string, body: unknown) => POST(jsonRequest(`/api/pay/${op}`, 'POST', body), params({ op }));

describe('the provider endpoints', () => {
  it('try 200, a repeat 200 with the first answer, query shows the fence', async () => {
    const body = { payOrderId: 'po-x1', tradeId: 't-x1', amountCents: 250 };
    expect(await (await pay('try', body)).json()).toMatchObject({ op: 'try', replay: false, payOrder: { state: 'trySuccess' } });
    expect(await (await pay('try', body)).json()).toMatchObject({ replay: true });
    const seen = await (await pay('query', { payOrderId: 'po-x1' })).json();
    expect(seen.fence).toHaveLength(1);
    expect((await pay('confirm', { payOrderId: 'po-x1' })).status).toBe(200);
  });

  it("a global transaction's pay branch answers at /api/pay/branch-*: Try 200, its repeat replayed, Cancel after Confirm 409", async () => {
    const branch = { xid: 'tc-r:1', branchId: 'b-1', action: 'create', payOrderId: 'po-b1', tradeId: 't-b1', amountCents: 250 };
    expect(await (await pay('branch-try', branch)).json()).toMatchObject({ op: 'try', xid: 'tc-r:1', replay: false });
    expect(await (await pay('branch-try', branch)).json()).toMatchObject({ op: 'try', replay: true });
    expect((await pay('branch-confirm', branch)).status).toBe(200);
    expect(await errorOf(await pay('branch-cancel', branch))).toMatchObject({ status: 409, code: 'already_confirmed' });
  });

  it("answers after the provider's latency", async () => {
    getLab().updateSettings({ providerLatency: { ms: 40, jitterMs: 0 } });
    try {
      const started = performance.now();
      const res = await pay('try', { payOrderId: 'po-slow', tradeId: 't-slow', amountCents: 250 });
      expect(performance.now() - started).toBeGreaterThanOrEqual(40);
      expect(res.status).toBe(200);
    } finally {
      getLab().updateSettings({ providerLatency: { ms: 0 } });
    }
  });

  it('a definite refusal is 409', async () => {
    expect(await errorOf(await pay('confirm', { payOrderId: 'po-none' }))).toMatchObject({ status: 409, code: 'not_reserved' });
  });

  it.each([
    ['try', { payOrderId: 'po-1', tradeId: 't-1', amountCents: -5 }],
    ['try', { payOrderId: 'po 1', tradeId: 't-1', amountCents: 5 }],
    ['try', { payOrderId: 'po-1' }],
    ['confirm', {}],
    ['cancel', { payOrderId: 7 }],
    ['query', null],
    ['branch-try', { payOrderId: 'po-1', tradeId: 't-1', amountCents: 5, action: 'create', branchId: 'b-1' }],
    ['branch-cancel', { xid: 'x', branchId: 'b-1', action: 'refund', payOrderId: 'po-1', tradeId: 't-1', amountCents: 5 }],
  ])('%s refuses %j with 400 and writes nothing', async (op, body) => {
    const before = rowCounts();
    expect(await errorOf(await pay(op, body))).toMatchObject({ status: 400, code: 'bad_request' });
    expect(rowCounts()).toEqual(before);
  });

  it('an unknown operation is 404', async () => {
    expect(await errorOf(await pay('refund', { payOrderId: 'po-1' }))).toMatchObject({ status: 404 });
  });
});
