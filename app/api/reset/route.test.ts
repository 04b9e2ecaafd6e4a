import { beforeAll, describe, expect, it } from 'vitest';
import { getLab } from '@/lib/lab';
import { openingTotalCents } from '@/lib/pay/accounts';
import { errorOf, jsonRequest, rowCounts, useTemporaryLab } from '@/lib/testing/route-harness';
import { POST as create } from '../trades/route';
import { POST } from './route';

beforeAll(() => useTemporaryLab());

describe('POST /api/reset', () => {
  it('empties both databases, opens the accounts afresh and switches every fault off', async () => {
    await create(jsonRequest('/api/trades', 'POST', { amount: '9.99' }));
    getLab().pay.branch('cancel', { xid: 'tc:1', branchId: 'pay', action: 'create', payOrderId: 'po-b', tradeId: 't-b', amountCents: 100 });
    getLab().faults.set('rpc.duplicate', { mode: 'always' });
    getLab().updateSettings({ strategy: 'v1' });
    expect((await POST(jsonRequest('/api/reset', 'POST', {}))).status).toBe(200);
    expect(rowCounts()).toMatchObject({ tradeRequests: 0, trades: 0, mirrors: 0, payOrders: 0, fence: 0, branchFence: 0, payEvents: 0 });
    expect(
      getLab()
        .pay.accounts()
        .reduce((s, a) => s + a.balanceCents + a.frozenCents, 0),
    ).toBe(openingTotalCents);
    expect(getLab().faults.view('rpc.duplicate').mode).toBe('off');
    expect(getLab().getSettings().strategy).toBe('v2');
  });

  it('keeps trade and event ids growing, so an old cursor or link never points at a new trade', async () => {
    const first = await (await create(jsonRequest('/api/trades', 'POST', { amount: '1.11' }))).json();
    await POST(jsonRequest('/api/reset', 'POST', {}));
    const second = await (await create(jsonRequest('/api/trades', 'POST', { amount: '1.11' }))).json();
    expect(Number(second.id.slice(2))).toBeGreaterThan(Number(first.id.slice(2)));
    const tradeEventIds = (view: { events: { source: string; id: number }[] }) =>
      view.events.filter((e) => e.source === 'trade').map((e) => e.id);
    expect(Math.min(...tradeEventIds(second))).toBeGreaterThan(Math.max(...tradeEventIds(first)));
  });

  it('refuses a request from another origin', async () => {
    await create(jsonRequest('/api/trades', 'POST', { amount: '2.22' }));
    const before = rowCounts();
    expect(await errorOf(await POST(jsonRequest('/api/reset', 'POST', {}, { origin: 'https://evil.example' })))).toMatchObject({
      status: 403,
    });
    expect(rowCounts()).toEqual(before);
  });
});
