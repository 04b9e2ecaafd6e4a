import { beforeAll, describe, expect, it } from 'vitest';
import { getLab } from '@/lib/lab';
import { errorOf, jsonRequest, params, rowCounts, useTemporaryLab } from '@/lib/testing/route-harness';
import { POST as cancel } from './cancel/route';
import { POST as confirm } from './confirm/route';
import { POST as retry } from './retry/route';
import { DELETE } from './route';
import { POST as stopRetrying } from './stop-retrying/route';
import { POST as create } from '../route';

beforeAll(() => useTemporaryLab());

const act = (handler: typeof confirm, id: string, method = 'POST', headers: Record<string, string> = {}) =>
  handler(jsonRequest(`/api/trades/${id}`, method, undefined, headers), params({ id }));

async function newTrade(amount = '20.00'): Promise<string> {
  const res = await create(jsonRequest('/api/trades', 'POST', { amount }));
  return (await res.json()).id;
}

describe('confirm, cancel, delete', () => {
  it('confirm: 200 with both sides confirmed', async () => {
    const id = await newTrade();
    const res = await act(confirm, id);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      trade: { status: 'confirmed' },
      mirror: { state: 'confirmed' },
      provider: { state: 'confirmed' },
      consistent: true,
    });
  });

  it('cancel: 200, the payment cancelled and nothing held', async () => {
    const id = await newTrade();
    expect(await (await act(cancel, id)).json()).toMatchObject({
      mirror: { state: 'cancelled' },
      provider: { state: 'cancelled' },
      consistent: true,
    });
  });

  const released = (view: { events: { source: string; type: string; detail: Record<string, unknown> }[] }) =>
    view.events.filter((e) => e.source === 'pay' && e.type === 'cancel.released').map((e) => e.detail);

  it('delete: V2 deletes logically, cancels, then purges; the provider releases and removes its pay order', async () => {
    const id = await newTrade();
    const view = await (await act(DELETE, id, 'DELETE')).json();
    expect(view).toMatchObject({ trade: null, mirror: null, provider: null, quadrant: 'neither', consistent: true });
    expect(view.events.map((e: { type: string }) => e.type)).toContain('trade');
    expect(released(view)).toEqual([{ amountCents: 20_00, fence: true, removed: true }]);
  });

  it('delete: V1 deletes the row with the cancel inside its transaction; the provider removes its pay order', async () => {
    const res = await create(jsonRequest('/api/trades', 'POST', { amount: '6.50', strategy: 'v1' }));
    const { id } = await res.json();
    const view = await (await act(DELETE, id, 'DELETE')).json();
    expect(view).toMatchObject({ strategy: 'v1', trade: null, provider: null, quadrant: 'neither', consistent: true });
    expect(released(view)).toEqual([{ amountCents: 6_50, fence: true, removed: true }]);
  });

  it('refuses an illegal transition with 409, changing nothing', async () => {
    const id = await newTrade();
    await act(confirm, id);
    for (const handler of [confirm, cancel]) {
      const before = rowCounts();
      expect(await errorOf(await act(handler, id))).toMatchObject({ status: 409, code: 'illegal_transition' });
      expect(rowCounts()).toEqual(before);
    }
    expect(await errorOf(await act(DELETE, id, 'DELETE'))).toMatchObject({ status: 409 });
  });

  it('refuses to delete a trade that has not expired', async () => {
    const id = await newTrade();
    getLab().updateSettings({ tradeExpiryMs: 60_000 });
    const before = rowCounts();
    expect(await errorOf(await act(DELETE, id, 'DELETE'))).toMatchObject({ status: 409, code: 'not_expired' });
    expect(rowCounts()).toEqual(before);
    getLab().updateSettings({ tradeExpiryMs: 0 });
  });

  it.each([
    ['confirm', confirm, 'POST'],
    ['cancel', cancel, 'POST'],
    ['delete', DELETE, 'DELETE'],
    ['retry', retry, 'POST'],
    ['stop retrying', stopRetrying, 'POST'],
  ] as const)('%s: 404 for an unknown trade, 403 from another origin', async (_name, handler, method) => {
    const before = rowCounts();
    expect(await errorOf(await act(handler, 't-424242', method))).toMatchObject({ status: 404, code: 'not_found' });
    const id = await newTrade();
    const mid = rowCounts();
    expect(await errorOf(await act(handler, id, method, { origin: 'https://evil.example' }))).toMatchObject({
      status: 403,
      code: 'forbidden_origin',
    });
    expect(rowCounts()).toEqual(mid);
    expect(mid.trades).toBe(before.trades + 1);
  });
});

describe('retry now, stop retrying', () => {
  it('parks an order that keeps failing, and retries it by hand', async () => {
    const lab = getLab();
    lab.faults.set('rpc.request_lost', { mode: 'always' });
    lab.updateSettings({ rpcTimeoutMs: 20 });
    const id = await newTrade('5.00');
    expect(await (await act(stopRetrying, id)).json()).toMatchObject({ mirror: { state: 'unknown', parked: true }, verdict: 'stuck' });
    lab.faults.set('rpc.request_lost', { mode: 'off' });
    expect(await (await act(retry, id)).json()).toMatchObject({ mirror: { state: 'trySuccess', owed: null }, consistent: true });
    expect(await errorOf(await act(retry, id))).toMatchObject({ status: 409, code: 'illegal_transition' });
    expect(await errorOf(await act(stopRetrying, id))).toMatchObject({ status: 409 });
    lab.updateSettings({ rpcTimeoutMs: 1000 });
  });
});
