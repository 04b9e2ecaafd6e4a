import { beforeAll, describe, expect, it } from 'vitest';
import { getLab } from '@/lib/lab';
import { errorOf, jsonRequest, params, rowCounts, useTemporaryLab } from '@/lib/testing/route-harness';
import { POST } from './route';

beforeAll(() => useTemporaryLab());

const tc = (endpoint: string, body: unknown, headers?: Record<string, string>) =>
  POST(jsonRequest(`/api/tc/${endpoint}`, 'POST', body, headers), params({ endpoint }));

describe('POST /api/tc/:endpoint', () => {
  it('begins, registers, commits and queries a global transaction', async () => {
    const begun = await (await tc('begin', { tradeId: 't-r1', action: 'confirm', timeoutMs: 5_000 })).json();
    expect(begun).toMatchObject({
      xid: expect.stringMatching(/^x-\d+$/),
      tradeId: 't-r1',
      action: 'confirm',
      status: 'Begin',
      branches: [],
    });
    expect((await tc('commit', { xid: begun.xid })).status).toBe(200);
    expect(await (await tc('query', { xid: begun.xid })).json()).toMatchObject({ status: 'Committed' });
  });

  it('a definite refusal is 409 with its code, and changes nothing', async () => {
    const before = rowCounts();
    expect(await errorOf(await tc('commit', { xid: 'x-424242' }))).toMatchObject({ status: 409, code: 'no_such_transaction' });
    expect(rowCounts()).toEqual(before);
  });

  it.each([
    ['begin', {}],
    ['begin', { tradeId: 't-1', action: 'refund' }],
    ['begin', { tradeId: '', action: 'create' }],
    ['begin', { tradeId: 't-1', action: 'create', timeoutMs: 0 }],
    ['begin', { tradeId: 't-1', action: 'create', timeoutMs: 1.5 }],
    ['begin', { tradeId: 't-1', action: 'create', colour: 'red' }],
    ['register', { xid: 'x-1', resource: 'bank', applicationData: {} }],
    ['register', { xid: 'x-1', resource: 'pay' }],
    ['register', { xid: 'x-1', resource: 'pay', applicationData: [] }],
    ['commit', { xid: 'tx-1' }],
    ['commit', { xid: 'x-0' }],
    ['rollback', { xid: 'x-1', failed: ['x-2'] }],
    ['rollback', { xid: 'x-1', failed: 'b-1' }],
    ['query', {}],
    ['query', null],
    ['query', [1, 2]],
  ])('%s refuses %j with 400 in the error shape, and changes nothing', async (endpoint, body) => {
    const before = rowCounts();
    expect(await errorOf(await tc(endpoint, body))).toMatchObject({ status: 400, code: 'bad_request', message: expect.any(String) });
    expect(rowCounts()).toEqual(before);
  });

  it('refuses an empty body, malformed JSON, a form and another origin, changing nothing', async () => {
    const before = rowCounts();
    expect(await errorOf(await tc('begin', undefined))).toMatchObject({ status: 400, code: 'bad_request' });
    expect(await errorOf(await tc('begin', '{"tradeId": '))).toMatchObject({ status: 400, code: 'invalid_json' });
    const form = new Request('http://127.0.0.1:3000/api/tc/begin', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'tradeId=t-1&action=create',
    });
    expect(await errorOf(await POST(form, params({ endpoint: 'begin' })))).toMatchObject({ status: 415 });
    const evil = await tc('begin', { tradeId: 't-1', action: 'create' }, { origin: 'https://evil.example' });
    expect(await errorOf(evil)).toMatchObject({ status: 403, code: 'forbidden_origin' });
    expect(rowCounts()).toEqual(before);
  });

  it('an unknown endpoint is 404, and changes nothing', async () => {
    const before = rowCounts();
    expect(await errorOf(await tc('abort', { xid: 'x-1' }))).toMatchObject({ status: 404, code: 'not_found' });
    expect(rowCounts()).toEqual(before);
  });

  it('bad input is 400 even while the coordinator is down: the body is checked first', async () => {
    getLab().faults.set('tc.crash_after_begin', { mode: 'once' });
    expect((await tc('begin', { tradeId: 't-r2', action: 'create' })).status).toBe(503);
    const before = rowCounts();
    expect(await errorOf(await tc('commit', { xid: 'nope' }))).toMatchObject({ status: 400, code: 'bad_request' });
    expect(await errorOf(await tc('commit', { xid: 'x-1' }))).toMatchObject({ status: 503, code: 'coordinator_down' });
    expect(rowCounts()).toEqual(before);
    await getLab().tc.restart();
  });
});
