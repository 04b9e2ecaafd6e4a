import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answerChecker } from '@/lib/http/openapi/conformance';
import { operations } from '@/lib/http/openapi/operations';
import { runOperations } from '@/lib/http/openapi/operations/runs';
import { serviceOperations } from '@/lib/http/openapi/operations/services';
import { useTemporaryLab } from '@/lib/testing/route-harness';
import { callOperation, type Call } from './routes-by-operation';

/** The long runs', the provider's and the benchmark's routes: success and each documented error, against the document. */

beforeAll(() => useTemporaryLab());
afterEach(() => {
  delete process.env.LAB_BENCH;
});

const byId = (id: string) => operations.find((op) => op.operationId === id)!;

describe('the run, provider and bench routes answer as documented', { timeout: 120_000 }, async () => {
  const checker = await answerChecker();
  const call = async (id: string, args: Call = {}) => checker.check(id, await callOperation(byId(id), args));
  /** Two runs at once: one runs, the other is refused; the progress is asked for while they do. */
  const twice = async (id: string, progress: string | null, body: object) => {
    const both = Promise.all([call(id, { body }), call(id, { body })]);
    if (progress) expect((await call(progress)).status).toBe(200);
    return (await both).map((r) => r.status).sort();
  };

  it('runs the case matrix, and refuses a second run at once', async () => {
    expect(await twice('runMatrix', null, {})).toEqual([200, 409]);
  });

  it('runs chaos, and refuses a second run at once', async () => {
    expect(await twice('runChaos', 'getChaosProgress', { world: 'simulated', trades: 40, seed: 7 })).toEqual([200, 409]);
    expect((await call('getChaosProgress')).body).toEqual({ running: false, progress: null });
  });

  it('explores, refuses a second exploration at once, and replays a schedule', async () => {
    const bounds = { depth: 1, strategies: ['v1'], fences: ['on'], sequences: ['create'] };
    expect(await twice('runExplore', 'getExploreProgress', bounds)).toEqual([200, 409]);
    expect((await call('getExploreProgress')).status).toBe(200);
    expect((await call('replaySchedule', { params: { id: 'v1.on.create-confirm.d1.01' } })).status).toBe(200);
    expect((await call('replaySchedule', { params: { id: 'v9.nowhere' } })).status).toBe(404);
  });

  it("answers the provider's endpoints: success, refusal, bad body", async () => {
    const order = { payOrderId: 'po-doc1', tradeId: 't-doc1', amountCents: 250 };
    expect((await call('payTry', { body: order })).status).toBe(200);
    expect((await call('payTry', { body: { ...order, payOrderId: 'po-doc2', simulate: 'reject' } })).status).toBe(409);
    expect((await call('payQuery', { body: { payOrderId: 'po-doc1' } })).status).toBe(200);
    expect((await call('payConfirm', { body: { payOrderId: 'po-doc1' } })).status).toBe(200);
    expect((await call('payConfirm', { body: { payOrderId: 'po-none' } })).status).toBe(409);
    expect((await call('payCancel', { body: { payOrderId: 'po-doc1' } })).status).toBe(409);
    expect((await call('payCancel', { body: { payOrderId: 'po-doc3', tradeId: 't-doc3' } })).status).toBe(200);
  });

  it("answers a global transaction's pay branch: each phase's success and refusal", async () => {
    const branch = { xid: 'tc-doc:1', branchId: 'b-1', action: 'create', payOrderId: 'po-doc4', tradeId: 't-doc4', amountCents: 250 };
    expect((await call('payBranchConfirm', { body: branch })).status).toBe(409);
    expect((await call('payBranchTry', { body: branch })).status).toBe(200);
    expect((await call('payBranchConfirm', { body: branch })).status).toBe(200);
    expect((await call('payBranchCancel', { body: branch })).status).toBe(409);
    const late = { ...branch, xid: 'tc-doc:2', payOrderId: 'po-doc5', tradeId: 't-doc5' };
    expect((await call('payBranchCancel', { body: late })).body).toMatchObject({ emptyRollback: true, xid: 'tc-doc:2' });
    expect((await call('payBranchTry', { body: late })).status).toBe(409);
  });

  it('answers the bench routes only when the server runs for the benchmark', async () => {
    expect((await call('benchBare')).status).toBe(404);
    expect((await call('benchBarePay')).status).toBe(404);
    process.env.LAB_BENCH = '1';
    expect((await call('benchBare')).status).toBe(201);
    expect((await call('benchBarePay')).status).toBe(201);
  });

  it('has met every status these routes document', () => {
    const ids = [...runOperations, ...serviceOperations].map((op) => op.operationId);
    // 403, 413, 415 and a body's 400 are the shared refusals, met in answers-refusals.test.ts.
    expect(checker.unseen(ids, [200, 201, 404, 409])).toEqual([]);
  });
});
