import { beforeAll, describe, expect, it } from 'vitest';
import { errorOf, jsonRequest, params, rowCounts, useTemporaryLab } from '@/lib/testing/route-harness';
import { POST } from './route';

beforeAll(() => useTemporaryLab());

const branch = (endpoint: string, body: unknown) => POST(jsonRequest(`/api/trade/${endpoint}`, 'POST', body), params({ endpoint }));

const phase = { xid: 'x-41', branchId: 'b-81', action: 'create', tradeId: 't-r1' };

describe("POST /api/trade/:endpoint (the trade branch's phase 2)", () => {
  it('a Cancel with no Try is an empty rollback (200); the Confirm after it is refused (409)', async () => {
    expect(await (await branch('branch-cancel', phase)).json()).toMatchObject({ phase: 'cancel', emptyRollback: true, trade: null });
    const before = rowCounts();
    expect(await errorOf(await branch('branch-confirm', phase))).toMatchObject({ status: 409, code: 'already_cancelled' });
    expect(rowCounts()).toEqual(before);
  });

  it.each([
    ['branch-confirm', {}],
    ['branch-confirm', { ...phase, action: 'cancel' }],
    ['branch-confirm', { ...phase, xid: '' }],
    ['branch-cancel', { ...phase, tradeId: undefined }],
    ['branch-cancel', { ...phase, amountCents: -5 }],
    ['branch-cancel', { ...phase, amountCents: 1.5 }],
    ['branch-cancel', { ...phase, colour: 'red' }],
    ['branch-cancel', null],
    ['branch-cancel', undefined],
  ])('%s refuses %j with 400 in the error shape, and writes nothing', async (endpoint, body) => {
    const before = rowCounts();
    expect(await errorOf(await branch(endpoint, body))).toMatchObject({ status: 400, code: 'bad_request', message: expect.any(String) });
    expect(rowCounts()).toEqual(before);
  });

  it('refuses malformed JSON and another origin, and an unknown endpoint is 404 — nothing written', async () => {
    const before = rowCounts();
    expect(await errorOf(await branch('branch-cancel', '{"xid": '))).toMatchObject({ status: 400, code: 'invalid_json' });
    const evil = jsonRequest('/api/trade/branch-cancel', 'POST', phase, { origin: 'https://evil.example' });
    expect(await errorOf(await POST(evil, params({ endpoint: 'branch-cancel' })))).toMatchObject({ status: 403 });
    // The Try is the trade service's own step, never an endpoint.
    expect(await errorOf(await branch('branch-try', phase))).toMatchObject({ status: 404, code: 'not_found' });
    expect(rowCounts()).toEqual(before);
  });
});
