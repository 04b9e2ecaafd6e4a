import { beforeAll, describe, expect, it } from 'vitest';
import { getLab } from '@/lib/lab';
import { answerChecker } from '@/lib/http/openapi/conformance';
import { operations } from '@/lib/http/openapi/operations';
import { coordinatorOperations } from '@/lib/http/openapi/operations/coordinator';
import { useTemporaryLab } from '@/lib/testing/route-harness';
import { callOperation, type Call } from './routes-by-operation';

/** The coordinator's routes (V3) and the trade service's branch: success, each refusal, and the TC down, against the document. */

beforeAll(() => useTemporaryLab());

const byId = (id: string) => operations.find((op) => op.operationId === id)!;

interface Global {
  xid: string;
  status: string;
  branches: { branchId: string; resource: string; status: string }[];
}

describe('the coordinator and trade branch routes answer as documented', async () => {
  const checker = await answerChecker();
  const call = async (id: string, args: Call = {}) => checker.check(id, await callOperation(byId(id), args));
  const refused = (code: string) => ({ status: 409, body: { error: { code } } });
  const begin = async (tradeId: string, action: string) => (await call('tcBegin', { body: { tradeId, action } })).body as Global;

  it('begins, registers and rolls back; refuses a late registration and a second decision', async () => {
    const { xid, status } = await begin('t-doc1', 'create');
    expect(status).toBe('Begin');
    const data = { payOrderId: 'po-doc1', tradeId: 't-doc1', amountCents: 100 };
    const registered = await call('tcRegister', { body: { xid, resource: 'pay', applicationData: data } });
    expect(registered).toMatchObject({ status: 200, body: { branchId: expect.stringMatching(/^b-\d+$/) } });
    expect((await call('tcRegister', { body: { xid, resource: 'pay', applicationData: data } })).body).toEqual(registered.body);
    // The pay branch never tried: its Cancel is an empty rollback, and the transaction ends.
    const rolledBack = await call('tcRollback', { body: { xid } });
    expect(rolledBack).toMatchObject({ status: 200, body: { xid, status: 'Rollbacked', branches: [{ status: 'PhaseTwo_Rollbacked' }] } });
    expect(await call('tcRegister', { body: { xid, resource: 'trade', applicationData: {} } })).toMatchObject(refused('not_begun'));
    expect(await call('tcRollback', { body: { xid } })).toMatchObject(refused('already_decided'));
    expect(await call('tcCommit', { body: { xid } })).toMatchObject(refused('already_decided'));
  });

  it('commits and queries; refuses an xid it never logged', async () => {
    const { xid } = await begin('t-doc2', 'confirm');
    expect(await call('tcCommit', { body: { xid } })).toMatchObject({ status: 200, body: { status: 'Committed' } });
    expect(await call('tcQuery', { body: { xid } })).toMatchObject({ status: 200, body: { xid, tradeId: 't-doc2' } });
    const none = { xid: 'x-999999' };
    for (const id of ['tcQuery', 'tcCommit', 'tcRollback'])
      expect(await call(id, { body: none }), id).toMatchObject(refused('no_such_transaction'));
    const stray = { ...none, resource: 'pay', applicationData: {} };
    expect(await call('tcRegister', { body: stray })).toMatchObject(refused('no_such_transaction'));
  });

  it('reads its log, one trade at a time, and refuses a bad page', async () => {
    expect(await call('getTcLog')).toMatchObject({ status: 200, body: { up: true, total: 2 } });
    expect(await call('getTcLog', { query: '?tradeId=t-doc1' })).toMatchObject({ body: { total: 1, items: [{ tradeId: 't-doc1' }] } });
    expect(await call('getTcLog', { query: '?limit=0' })).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
  });

  it('answers 503 at every endpoint while down (no definite answer), and restarts only when down', async () => {
    expect(await call('restartTc')).toMatchObject({ status: 409, body: { error: { code: 'illegal_transition' } } });
    getLab().faults.set('tc.crash_after_begin', { mode: 'once' });
    const down = { status: 503, body: { error: { code: 'coordinator_down' } } };
    expect(await call('tcBegin', { body: { tradeId: 't-doc3', action: 'create' } })).toMatchObject(down);
    const xid = 'x-1';
    expect(await call('tcRegister', { body: { xid, resource: 'pay', applicationData: {} } })).toMatchObject(down);
    for (const id of ['tcCommit', 'tcRollback', 'tcQuery']) expect(await call(id, { body: { xid } }), id).toMatchObject(down);
    expect((await call('getTcLog', { query: '?tradeId=t-doc3' })).body).toMatchObject({ up: false, items: [{ status: 'Begin' }] });
    expect(await call('restartTc')).toEqual({ status: 200, body: { resumed: 0 } });
  });

  it("answers the trade branch's phase 2: an empty rollback, a replayed Confirm, and each refusal", async () => {
    const stray = { xid: 'x-777', branchId: 'b-777', action: 'create', tradeId: 't-doc4' };
    expect(await call('tradeBranchCancel', { body: stray })).toMatchObject({
      status: 200,
      body: { phase: 'cancel', emptyRollback: true, trade: null, replay: false },
    });
    expect(await call('tradeBranchConfirm', { body: stray })).toMatchObject(refused('already_cancelled'));
    expect(await call('tradeBranchConfirm', { body: { ...stray, xid: 'x-778' } })).toMatchObject(refused('not_reserved'));

    const created = await call('createTrade', { body: { amount: '2.50', strategy: 'v3' } });
    expect(created.status).toBe(201);
    const tradeId = (created.body as { id: string }).id;
    const log = (await call('getTcLog', { query: `?tradeId=${tradeId}` })).body as { items: Global[] };
    const [global] = log.items;
    const branch = global!.branches.find((b) => b.resource === 'trade')!;
    const phase = { xid: global!.xid, branchId: branch.branchId, action: 'create', tradeId };
    expect(await call('tradeBranchConfirm', { body: phase })).toMatchObject({
      status: 200,
      body: { phase: 'confirm', replay: true, trade: { status: 'created', pending: null } },
    });
    expect(await call('tradeBranchCancel', { body: phase })).toMatchObject(refused('already_confirmed'));
  });

  it('has met every status these routes document', () => {
    const ids = coordinatorOperations.map((op) => op.operationId);
    // 403, 413, 415 and a body's 400 are the shared refusals, met in answers-refusals.test.ts.
    expect(checker.unseen(ids, [200, 409, 503])).toEqual([]);
    expect(checker.unseen(['getTcLog'], [400])).toEqual([]);
  });
});
