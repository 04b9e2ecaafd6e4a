import { beforeAll, describe, expect, it } from 'vitest';
import { getLab } from '@/lib/lab';
import { answerChecker } from '@/lib/http/openapi/conformance';
import { operations } from '@/lib/http/openapi/operations';
import { tradeOperations } from '@/lib/http/openapi/operations/trades';
import { labOperations } from '@/lib/http/openapi/operations/lab';
import { useTemporaryLab } from '@/lib/testing/route-harness';
import { createTrade } from '@/lib/trade/create-trade';
import { callOperation, type Call } from './routes-by-operation';

/** Every trade and lab route's answers, success and each documented error, against the document. */

beforeAll(() => useTemporaryLab());

const byId = (id: string) => operations.find((op) => op.operationId === id)!;

describe('the trade and lab routes answer as documented', async () => {
  const checker = await answerChecker();
  const call = async (id: string, args: Call = {}) => checker.check(id, await callOperation(byId(id), args));
  const create = async (body: object) => (await call('createTrade', { body })) as { status: number; body: { id: string } };
  const fault = (id: string, mode: string) => call('setFault', { params: { id }, body: { mode } });

  it('creates, repeats and refuses creates', async () => {
    expect((await create({ amount: '1.50' })).status).toBe(201);
    expect((await create({ amount: '1.50', idempotencyKey: 'k' })).status).toBe(201);
    expect((await create({ amount: '1.50', idempotencyKey: 'k' })).status).toBe(200);
    expect((await create({ amount: '9.99', idempotencyKey: 'k' })).status).toBe(422);
    expect((await create({ amount: '2.00' })).status).toBe(503);
    await fault('rpc.provider_rejects', 'once');
    expect((await create({ amount: '1.10', strategy: 'v1' })).status).toBe(409);
    await call('updateSettings', { body: { v1OnUnknown: 'assume-failure', rpcTimeoutMs: 50 } });
    await fault('rpc.request_lost', 'once');
    expect((await create({ amount: '1.20', strategy: 'v1' })).status).toBe(504);
  });

  it('lists, shows and refuses unknown trades and bad pages', async () => {
    const { body } = await create({ amount: '3.10' });
    expect((await call('listTrades', { query: '?limit=2' })).status).toBe(200);
    expect((await call('listTrades', { query: '?limit=0' })).status).toBe(400);
    expect((await call('getTrade', { params: { id: body.id } })).status).toBe(200);
    expect((await call('getTrade', { params: { id: 't-999999' } })).status).toBe(404);
  });

  it.each(['confirmTrade', 'cancelTrade', 'deleteTrade'])('%s: done, unknown, illegal, and a local failure', async (id) => {
    const one = await create({ amount: '4.10' });
    expect((await call(id, { params: { id: one.body.id } })).status).toBe(200);
    const confirmed = await create({ amount: '4.15' });
    await call('confirmTrade', { params: { id: confirmed.body.id } });
    expect((await call(id, { params: { id: confirmed.body.id } })).status).toBe(409);
    expect((await call(id, { params: { id: 't-999999' } })).status).toBe(404);
    const two = await create({ amount: '4.20' });
    await fault('local.fail_before_rpc', 'once');
    expect((await call(id, { params: { id: two.body.id } })).status).toBe(503);
  });

  it('refuses to delete a trade that has not expired', async () => {
    await call('updateSettings', { body: { tradeExpiryMs: 86_400_000 } });
    const one = await create({ amount: '4.30' });
    expect((await call('deleteTrade', { params: { id: one.body.id } })).body).toMatchObject({ error: { code: 'not_expired' } });
    await call('updateSettings', { body: { tradeExpiryMs: 0 } });
  });

  it.each(['retryTrade', 'stopRetrying'])('%s: an owed operation, nothing owed, an unknown trade', async (id) => {
    await fault('rpc.response_lost', 'once');
    const owing = await create({ amount: '5.10' });
    expect((await call(id, { params: { id: owing.body.id } })).status).toBe(200);
    const settled = await create({ amount: '5.20' });
    expect((await call(id, { params: { id: settled.body.id } })).status).toBe(409);
    expect((await call(id, { params: { id: 't-999999' } })).status).toBe(404);
  });

  it('answers the lab routes as documented', async () => {
    for (const id of ['getApiDocument', 'listFaults', 'getSettings', 'getConsistency', 'getWire', 'resetLab']) {
      expect((await call(id)).status, id).toBe(200);
    }
    expect((await call('setFault', { params: { id: 'rpc.duplicate' }, body: { mode: 'off' } })).status).toBe(200);
    expect((await call('setFault', { params: { id: 'rpc.nothing' }, body: { mode: 'off' } })).status).toBe(404);
    expect((await call('runRecovery', { body: { force: true } })).status).toBe(200);
    expect((await call('reconcile', { body: { graceMs: 0 } })).status).toBe(200);
    const abort = new AbortController();
    const stream = await callOperation(byId('streamEvents'), {
      request: (url) => new Request(`http://127.0.0.1:3000${url}`, { signal: abort.signal }),
    });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect((await checker.check('streamEvents', new Response(null, { status: stream.status }))).status).toBe(200);
    abort.abort();
    await stream.body?.cancel();
  });

  it('acts on a held message, and refuses an unknown one and an action it does not allow', async () => {
    const lab = getLab();
    lab.updateSettings({ stepMode: true, stepTimeoutMs: 60_000 });
    const created = createTrade(lab.trade, { amount: 6_00, strategy: 'v2' });
    while (!lab.wire.list().length) await new Promise((resolve) => lab.events.once('wire', resolve));
    const [message] = lab.wire.list();
    expect((await call('actOnWire', { params: { id: message!.id }, body: { action: 'crash' } })).status).toBe(409);
    expect((await call('actOnWire', { params: { id: message!.id }, body: { action: 'deliver' } })).status).toBe(200);
    expect((await call('actOnWire', { params: { id: 'w-404' }, body: { action: 'deliver' } })).status).toBe(404);
    await created;
    lab.updateSettings({ stepMode: false });
  });

  it('V3: creates through the coordinator (201), and answers 503 while it is down', async () => {
    expect((await create({ amount: '1.30', strategy: 'v3' })).status).toBe(201);
    await fault('tc.crash_after_begin', 'once');
    const refused = await call('createTrade', { body: { amount: '1.40', strategy: 'v3' } });
    expect(refused).toMatchObject({ status: 503, body: { error: { code: 'coordinator_unavailable', tradeId: expect.any(String) } } });
    expect((await call('restartTc')).status).toBe(200);
  });

  it.each(['confirmTrade', 'deleteTrade'])(
    'V3 %s: 504 when the coordinator dies after its decision; the row held until it is back, then done',
    async (id) => {
      const held = await create({ amount: '4.40', strategy: 'v3' });
      await fault('tc.crash_after_decision', 'once');
      expect(await call(id, { params: { id: held.body.id } })).toMatchObject({
        status: 504,
        body: { error: { code: 'outcome_in_doubt' } },
      });
      const page = (await call('listTrades', { query: '?limit=50' })).body as { items: { id: string; trade: unknown }[] };
      const heldView = page.items.find((t) => t.id === held.body.id);
      expect(heldView?.trade).toMatchObject({
        pending: id === 'confirmTrade' ? 'confirm' : 'delete',
        heldBy: expect.stringMatching(/^x-/),
      });
      expect((await call('restartTc')).body).toEqual({ resumed: 1 });
      const after = (await call('getTrade', { params: { id: held.body.id } })).body as { trade: unknown };
      expect(after.trade).toEqual(id === 'confirmTrade' ? expect.objectContaining({ status: 'confirmed', pending: null }) : null);
    },
  );

  it('V3: a confirm or delete while the coordinator is down is 503, and the trade is as it was', async () => {
    const one = await create({ amount: '4.50', strategy: 'v3' });
    await fault('tc.crash_after_begin', 'once');
    await create({ amount: '4.55', strategy: 'v3' });
    expect(await call('confirmTrade', { params: { id: one.body.id } })).toMatchObject({
      status: 503,
      body: { error: { code: 'coordinator_unavailable' } },
    });
    expect(await call('deleteTrade', { params: { id: one.body.id } })).toMatchObject({
      status: 503,
      body: { error: { code: 'coordinator_unavailable' } },
    });
    expect((await call('restartTc')).status).toBe(200);
    expect((await call('getTrade', { params: { id: one.body.id } })).body).toMatchObject({ trade: { status: 'created', pending: null } });
  });

  it('has met every status these routes document', () => {
    const ids = [...tradeOperations, ...labOperations].map((op) => op.operationId);
    // 403, 413, 415 and a body's 400 are the shared refusals, met in answers-refusals.test.ts.
    expect(checker.unseen(ids, [200, 201, 404, 409, 422, 503, 504])).toEqual([]);
  });
});
