import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTcDb, type TcDb } from '@/db/tc/client';
import type { Clock } from '@/lib/clock/clock';
import type { GlobalView } from './contract';
import { createCoordinator, type TcReply } from './coordinator';
import { handleTcRequest } from './endpoints';
import type { BranchAnswer, BranchCall, CoordinatorSettings } from './phase-two';
import type { TcCrashPoint } from './tc-events';
import { tcEventsOf } from './tc-log';

/** A clock a test moves by hand: the TC's timeouts and retry intervals are read from it. */
function handClock(start = 1_000_000) {
  let now = start;
  const clock: Clock = { now: () => now, after: () => () => {} };
  return { clock, advance: (ms: number) => (now += ms) };
}

const folders: string[] = [];
const dbs: TcDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.$client.close();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A TC on a fresh tc.db whose branches answer as told (success by default), crashing where told. */
function harness(
  options: { answers?: BranchAnswer[]; crashAt?: TcCrashPoint[]; settings?: Partial<CoordinatorSettings>; dir?: string } = {},
) {
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), 'tc-'));
  if (!options.dir) folders.push(dir);
  const db = openTcDb(dir);
  dbs.push(db);
  const time = handClock();
  const calls: BranchCall[] = [];
  const answers = [...(options.answers ?? [])];
  const crashAt = new Set(options.crashAt ?? []);
  const tc = createCoordinator({
    db,
    clock: time.clock,
    settings: () => ({ globalTimeoutMs: 60_000, retryIntervalMs: 1_000, retryLimit: 0, restartAfterMs: 0, ...options.settings }),
    callBranch: async (call) => {
      calls.push(call);
      return answers.shift() ?? 'success';
    },
    crashes: (point) => crashAt.delete(point),
  });
  return { tc, db, dir, calls, ...time };
}

const answer = <T>(reply: TcReply<T>): T => {
  if ('down' in reply || !reply.ok) throw new Error(`expected an answer, got ${JSON.stringify(reply)}`);
  return reply.answer;
};

/** A global transaction for a create, with the trade's branch and the pay service's registered. */
async function begun(h: ReturnType<typeof harness>) {
  const { xid } = answer(await h.tc.begin({ tradeId: 't-1', action: 'create' }));
  const trade = answer(await h.tc.register({ xid, resource: 'trade', applicationData: { tradeId: 't-1' } })).branchId;
  const pay = answer(await h.tc.register({ xid, resource: 'pay', applicationData: { payOrderId: 'po-1', amountCents: 100 } })).branchId;
  return { xid, trade, pay };
}

const statusOf = async (h: ReturnType<typeof harness>, xid: string): Promise<GlobalView> => answer(await h.tc.query(xid));

describe('the coordinator: the decision logged first, then phase 2 from the log', () => {
  it('commits: every branch confirmed in the order it registered, then Committed — before the TM hears back, as Seata does for TCC', async () => {
    const h = harness();
    const { xid } = await begun(h);
    expect(answer(await h.tc.commit(xid)).status).toBe('Committed');
    expect(h.calls.map((c) => [c.resource, c.phase])).toEqual([
      ['trade', 'confirm'],
      ['pay', 'confirm'],
    ]);
    expect(h.calls[1]!.applicationData).toEqual({ payOrderId: 'po-1', amountCents: 100 });
    expect(await statusOf(h, xid)).toMatchObject({
      status: 'Committed',
      branches: [{ status: 'PhaseTwo_Committed' }, { status: 'PhaseTwo_Committed' }],
    });
  });

  it('rolls back on a failed try: the failed branch is PhaseOne_Failed, every branch is cancelled (an empty rollback is safe)', async () => {
    const h = harness();
    const { xid, pay } = await begun(h);
    await h.tc.rollback({ xid, failed: [pay] });
    await h.tc.drained();
    expect(h.calls.map((c) => c.phase)).toEqual(['cancel', 'cancel']);
    const view = await statusOf(h, xid);
    expect(view).toMatchObject({ status: 'Rollbacked', branches: [{ status: 'PhaseTwo_Rollbacked' }, { status: 'PhaseTwo_Rollbacked' }] });
    const moves = tcEventsOf(h.db, 1).flatMap((e) => (e.type === 'branch.moved' ? [`${e.detail.from}→${e.detail.to}`] : []));
    expect(moves).toContain('PhaseOne_Failed→PhaseTwo_Rollbacked');
  });

  it('retries a branch that gave no definite answer at a fixed interval, until it succeeds', async () => {
    const h = harness({ answers: ['unknown', 'failure'] });
    const { xid } = await begun(h);
    await h.tc.commit(xid);
    await h.tc.drained();
    expect(await statusOf(h, xid)).toMatchObject({
      status: 'CommitRetrying',
      attempts: 1,
      branches: [{ status: 'PhaseTwo_CommitFailed_Retryable' }, { status: 'PhaseOne_Done' }],
    });
    await h.tc.driveDue(); // not due yet
    expect(h.calls).toHaveLength(1);
    h.advance(1_000);
    await h.tc.driveDue();
    expect((await statusOf(h, xid)).attempts).toBe(2);
    h.advance(1_000);
    await h.tc.driveDue();
    expect(await statusOf(h, xid)).toMatchObject({ status: 'Committed', attempts: 2 });
    expect(h.calls.map((c) => c.resource)).toEqual(['trade', 'trade', 'trade', 'pay']);
  });

  it('parks a transaction past the retry limit, for a person', async () => {
    const h = harness({ answers: ['unknown', 'unknown'], settings: { retryLimit: 2 } });
    const { xid } = await begun(h);
    await h.tc.rollback({ xid });
    await h.tc.drained();
    h.advance(1_000);
    await h.tc.driveDue();
    expect((await statusOf(h, xid)).status).toBe('RollbackRetryTimeout');
    h.advance(10_000);
    await h.tc.driveDue();
    expect(h.calls).toHaveLength(2);
  });

  it('rolls back by itself a transaction left Begin past its timeout (the TM died before deciding)', async () => {
    const h = harness();
    const { xid } = await begun(h);
    h.advance(59_999);
    await h.tc.driveDue();
    expect((await statusOf(h, xid)).status).toBe('Begin');
    h.advance(1);
    await h.tc.driveDue();
    await h.tc.drained();
    expect(await statusOf(h, xid)).toMatchObject({
      status: 'TimeoutRollbacked',
      branches: [{ status: 'PhaseTwo_Rollbacked' }, { status: 'PhaseTwo_Rollbacked' }],
    });
  });

  it('refuses what its log rules out: an unknown xid, a second decision, a branch registering after the decision', async () => {
    const h = harness();
    const { xid } = await begun(h);
    expect(await h.tc.query('x-99')).toMatchObject({ ok: false, rejection: { code: 'no_such_transaction' } });
    await h.tc.commit(xid);
    expect(await h.tc.rollback({ xid })).toMatchObject({ ok: false, rejection: { code: 'already_decided' } });
    const late = answer(await h.tc.begin({ tradeId: 't-2', action: 'create' })).xid;
    await h.tc.register({ xid: late, resource: 'trade', applicationData: {} });
    await h.tc.rollback({ xid: late });
    expect(await h.tc.register({ xid: late, resource: 'pay', applicationData: {} })).toMatchObject({
      ok: false,
      rejection: { code: 'not_begun' },
    });
  });
});

describe('a TC crash, and its restart from tc.db alone', () => {
  it('after its decision: nothing answers, the branches hold what they tried until it returns (blocking), then it converges', async () => {
    const h = harness({ crashAt: ['after-decision'] });
    const { xid } = await begun(h);
    expect(await h.tc.commit(xid)).toEqual({ down: true });
    expect(h.tc.isUp()).toBe(false);
    expect(await h.tc.query(xid)).toEqual({ down: true });
    h.advance(120_000);
    await h.tc.driveDue();
    expect(h.calls).toHaveLength(0);
    await h.tc.restart();
    expect(await statusOf(h, xid)).toMatchObject({
      status: 'Committed',
      branches: [{ status: 'PhaseTwo_Committed' }, { status: 'PhaseTwo_Committed' }],
    });
  });

  it('between the two phase-2 calls: one branch confirmed, the other waiting; a new TC process on the same file finishes it', async () => {
    const h = harness({ crashAt: ['between-phase-two-calls'] });
    const { xid } = await begun(h);
    await h.tc.commit(xid);
    await h.tc.drained();
    expect(await (async () => h.tc.isUp())()).toBe(false);
    expect(h.calls.map((c) => c.resource)).toEqual(['trade']);
    // The process is gone; another opens the same tc.db and restarts.
    const next = harness({ dir: h.dir });
    await next.tc.restart();
    expect(next.calls.map((c) => c.resource)).toEqual(['pay']);
    expect(await statusOf(next, xid)).toMatchObject({
      status: 'Committed',
      branches: [{ status: 'PhaseTwo_Committed' }, { status: 'PhaseTwo_Committed' }],
    });
  });

  it('after begin: the TM hears nothing; after a restart the transaction times out and is rolled back', async () => {
    const h = harness({ crashAt: ['after-begin'] });
    expect(await h.tc.begin({ tradeId: 't-1', action: 'create' })).toEqual({ down: true });
    await h.tc.restart();
    h.advance(60_000);
    await h.tc.driveDue();
    await h.tc.drained();
    expect((await statusOf(h, 'x-1')).status).toBe('TimeoutRollbacked');
  });

  it('registers one branch per resource: a repeated registration gets the first answer', async () => {
    const h = harness();
    const { xid, pay } = await begun(h);
    expect(answer(await h.tc.register({ xid, resource: 'pay', applicationData: {} }))).toEqual({ branchId: pay });
    expect((await statusOf(h, xid)).branches).toHaveLength(2);
  });

  it('with a supervisor: down until its delay has passed, then the first request finds it up, phase 2 resumed', async () => {
    const h = harness({ crashAt: ['after-decision'], settings: { restartAfterMs: 5_000 } });
    const { xid } = await begun(h);
    expect(await h.tc.commit(xid)).toEqual({ down: true });
    h.advance(4_999);
    expect(await h.tc.query(xid)).toEqual({ down: true });
    h.advance(1);
    expect(h.tc.isUp()).toBe(false);
    await h.tc.query(xid);
    await h.tc.drained();
    expect(h.tc.isUp()).toBe(true);
    expect((await statusOf(h, xid)).status).toBe('Committed');
  });
});

describe("the coordinator's endpoints", () => {
  it('answer 200 with the log, 409 with a refusal, 400 for a body they cannot read, 503 while the TC is down', async () => {
    const h = harness({ crashAt: ['after-decision'] });
    const begin = await handleTcRequest(h.tc, 'begin', { tradeId: 't-1', action: 'create' });
    expect(begin).toMatchObject({ status: 200, body: { xid: 'x-1', status: 'Begin', branches: [] } });
    expect(await handleTcRequest(h.tc, 'register', { xid: 'x-1', resource: 'vault', applicationData: {} })).toMatchObject({ status: 400 });
    expect(await handleTcRequest(h.tc, 'query', { xid: 'x-2' })).toMatchObject({
      status: 409,
      body: { error: { code: 'no_such_transaction' } },
    });
    expect(await handleTcRequest(h.tc, 'commit', { xid: 'x-1' })).toMatchObject({ status: 503 });
    expect(await handleTcRequest(h.tc, 'query', { xid: 'x-1' })).toMatchObject({ status: 503 });
  });
});
