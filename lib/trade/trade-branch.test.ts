import { describe, expect, it } from 'vitest';
import { fenceStatuses } from '@/lib/global-tx/fence-rules';
import { expectedAfter, expectedRules, reaching } from '@/lib/testing/fence-cases';
import { tradeBranchBench } from '@/lib/testing/trade-branch-harness';
import { tableOperations } from './operations';
import { isTradeBranchEndpoint, tradeBranchPhases } from './trade-branch-contract';

const bench = tradeBranchBench('v2');
const { phase } = bench;

/** A confirm or a delete acts on a trade a create made and committed first (another global transaction). */
async function tradeCreated() {
  for (const op of ['try', 'confirm'] as const) expect((await phase(op, 'create', { xid: 'x-0' })).ok).toBe(true);
}

const statusOf = (xid = 'x-1') => bench.fenceLog().find((r) => r.xid === xid)?.status ?? 'none';

describe("the trade branch's fence: every rule, for each action", () => {
  const cases = tableOperations.flatMap((action) =>
    tradeBranchPhases.flatMap((op) =>
      (['none', ...fenceStatuses] as const).map((status) => ({ action, op, status, rule: expectedRules[op][status] })),
    ),
  );

  it.each(cases)('$action: $op from $status → $rule', async ({ action, op, status, rule }) => {
    if (action !== 'create') await tradeCreated();
    for (const step of reaching[status]) expect((await phase(step, action)).ok, step).toBe(true);
    const before = bench.trade();
    const result = await phase(op, action);
    if (rule === 'run') {
      expect(result).toMatchObject({ ok: true, answer: { phase: op, replay: false, xid: 'x-1', branchId: 'b-1', action, tradeId: 't-1' } });
      expect(statusOf()).toBe(expectedAfter[op]);
    } else if (rule === 'replay') {
      expect(result).toMatchObject({ ok: true, answer: { phase: op, replay: true } });
      expect(result.ok && result.answer.emptyRollback === true).toBe(status === 'suspended');
      expect(bench.trade()).toEqual(before);
      expect(statusOf()).toBe(status);
    } else if (rule === 'empty rollback') {
      expect(result).toMatchObject({ ok: true, answer: { phase: op, replay: false, emptyRollback: true } });
      expect(bench.trade()).toEqual(before);
      expect(statusOf()).toBe('suspended');
    } else {
      expect(result).toMatchObject({ ok: false, rejection: { code: rule } });
      expect(bench.trade()).toEqual(before);
      expect(statusOf()).toBe(status);
    }
  });
});

describe('the fence, told as stories', () => {
  it('a Cancel before any Try is an empty rollback; the late Try is refused and writes no trade', async () => {
    expect(await phase('cancel', 'create')).toMatchObject({ ok: true, answer: { trade: null, emptyRollback: true } });
    expect(await phase('try', 'create')).toMatchObject({ ok: false, rejection: { code: 'try_after_cancel' } });
    expect(bench.trade()).toBeNull();
    expect(bench.events().map((e) => e.type)).toEqual(['branch.phase', 'branch.try.refused']);
    expect(bench.events()[1]).toMatchObject({ detail: { xid: 'x-1', branchId: 'b-1', action: 'create', fence: 'anti-hanging' } });
  });

  it('a repeat of each phase is answered as the first time and changes nothing', async () => {
    await phase('try', 'create');
    expect(await phase('try', 'create')).toMatchObject({ ok: true, answer: { replay: true, trade: { pending: 'create' } } });
    await phase('confirm', 'create');
    const settled = bench.trade();
    expect(await phase('confirm', 'create')).toMatchObject({ ok: true, answer: { replay: true, trade: { pending: null } } });
    expect(bench.trade()).toEqual(settled);
    expect(bench.events().map((e) => e.type === 'branch.phase' && [e.detail.phase, e.detail.replay ?? false])).toEqual([
      ['try', false],
      ['try', true],
      ['confirm', false],
      ['confirm', true],
    ]);
  });

  it('a Confirm after the Cancel is refused, and so is a Cancel after the Confirm', async () => {
    await phase('try', 'create');
    await phase('cancel', 'create');
    expect(await phase('confirm', 'create')).toMatchObject({ ok: false, rejection: { code: 'already_cancelled' } });
    await phase('try', 'create', { xid: 'x-2' });
    await phase('confirm', 'create', { xid: 'x-2' });
    expect(await phase('cancel', 'create', { xid: 'x-2' })).toMatchObject({ ok: false, rejection: { code: 'already_confirmed' } });
    expect(bench.trade()).toMatchObject({ status: 'created', pending: null });
  });
});

describe('what each phase does to the trade row', () => {
  it('create: Try writes the row pending, held by its xid; Confirm makes it final', async () => {
    expect(await phase('try', 'create')).toMatchObject({ ok: true, answer: { trade: { status: 'created', pending: 'create' } } });
    expect(bench.trade()).toMatchObject({
      id: 't-1',
      amountCents: 500,
      strategy: 'v2',
      status: 'created',
      pending: 'create',
      heldBy: 'x-1',
    });
    expect(await phase('confirm', 'create')).toMatchObject({ ok: true, answer: { trade: { status: 'created', pending: null } } });
    expect(bench.trade()).toMatchObject({ status: 'created', pending: null, heldBy: null });
    expect(bench.events().map((e) => e.type === 'branch.phase' && [e.detail.from, e.detail.to])).toEqual([
      [null, { status: 'created', pending: 'create' }],
      [
        { status: 'created', pending: 'create' },
        { status: 'created', pending: null },
      ],
    ]);
  });

  it('create: Cancel removes the row its Try wrote', async () => {
    await phase('try', 'create');
    expect(await phase('cancel', 'create')).toMatchObject({ ok: true, answer: { trade: null, replay: false } });
    expect(bench.trade()).toBeNull();
  });

  it("create: a trade that exists is refused, and that Try's Cancel leaves the trade alone", async () => {
    await tradeCreated();
    expect(await phase('try', 'create')).toMatchObject({ ok: false, rejection: { code: 'exists' } });
    expect(statusOf()).toBe('none');
    expect(await phase('cancel', 'create')).toMatchObject({ ok: true, answer: { emptyRollback: true } });
    expect(bench.trade()).toMatchObject({ status: 'created', pending: null, heldBy: null });
  });

  it('confirm: Try holds the row; Confirm confirms it; Cancel only lets it go', async () => {
    await tradeCreated();
    expect(await phase('try', 'confirm')).toMatchObject({ ok: true, answer: { trade: { status: 'created', pending: 'confirm' } } });
    expect(bench.trade()).toMatchObject({ heldBy: 'x-1' });
    expect(await phase('confirm', 'confirm')).toMatchObject({ ok: true, answer: { trade: { status: 'confirmed', pending: null } } });
    expect(bench.trade()).toMatchObject({ status: 'confirmed', heldBy: null });

    await phase('try', 'confirm', { tradeId: 't-2', xid: 'x-9' }).then((r) => expect(r).toMatchObject({ rejection: { code: 'no_trade' } }));
    expect(await phase('try', 'confirm', { xid: 'x-2' })).toMatchObject({ ok: false, rejection: { code: 'already_confirmed' } });
  });

  it('confirm and delete: Cancel lets the hold go and nothing else, so the next global transaction may hold the row', async () => {
    await tradeCreated();
    for (const action of ['confirm', 'delete'] as const) {
      const xid = `x-${action}`;
      expect(await phase('try', action, { xid })).toMatchObject({ ok: true, answer: { trade: { pending: action } } });
      expect(await phase('cancel', action, { xid })).toMatchObject({ ok: true, answer: { trade: { status: 'created', pending: null } } });
      expect(bench.trade()).toMatchObject({ status: 'created', pending: null, heldBy: null });
    }
  });

  it('delete: Try holds the row; Confirm removes it; a repeat says so again', async () => {
    await tradeCreated();
    expect(await phase('try', 'delete')).toMatchObject({ ok: true, answer: { trade: { status: 'created', pending: 'delete' } } });
    expect(await phase('confirm', 'delete')).toMatchObject({ ok: true, answer: { trade: null } });
    expect(await phase('confirm', 'delete')).toMatchObject({ ok: true, answer: { trade: null, replay: true } });
    expect(bench.trade()).toBeNull();
    expect(await phase('try', 'delete', { xid: 'x-2' })).toMatchObject({ ok: false, rejection: { code: 'no_trade' } });
  });

  it('a confirmed trade cannot be deleted', async () => {
    await tradeCreated();
    await phase('try', 'confirm', { xid: 'x-c' });
    await phase('confirm', 'confirm', { xid: 'x-c' });
    expect(await phase('try', 'delete')).toMatchObject({ ok: false, rejection: { code: 'already_confirmed' } });
  });
});

describe('refusals of a row the protocol did not leave so', () => {
  it("a trade being deleted (V2's logical delete) is refused to a confirm and a delete", async () => {
    await tradeCreated();
    bench.meddle({ status: 'deleting' });
    for (const action of ['confirm', 'delete'] as const)
      expect(await phase('try', action)).toMatchObject({ ok: false, rejection: { code: 'being_deleted' } });
  });

  it('a Confirm whose hold is gone is refused, and stays owed', async () => {
    await tradeCreated();
    await phase('try', 'confirm');
    bench.meddle({ pending: null, heldBy: null });
    expect(await phase('confirm', 'confirm')).toMatchObject({ ok: false, rejection: { code: 'not_held' } });
    expect(statusOf()).toBe('tried');
    expect(bench.trade()).toMatchObject({ status: 'created' });
  });

  it("a create's Try without its amount is the flow's bug: it throws and writes nothing", async () => {
    await expect(phase('try', 'create', { amountCents: undefined })).rejects.toThrow(/carries no amount/);
    expect({ trade: bench.trade(), fence: bench.fenceLog(), events: bench.events() }).toEqual({ trade: null, fence: [], events: [] });
  });
});

describe('two global transactions on one trade', () => {
  it("a Try is refused while another holds the row; its Cancel is an empty rollback that leaves the other's hold", async () => {
    await tradeCreated();
    await phase('try', 'confirm');
    expect(await phase('try', 'delete', { xid: 'x-2' })).toMatchObject({ ok: false, rejection: { code: 'held' } });
    expect(await phase('cancel', 'delete', { xid: 'x-2' })).toMatchObject({ ok: true, answer: { emptyRollback: true } });
    expect(bench.trade()).toMatchObject({ pending: 'confirm', heldBy: 'x-1' });
    expect(await phase('confirm', 'confirm')).toMatchObject({ ok: true, answer: { trade: { status: 'confirmed' } } });
  });

  it("a create's row is held until its global transaction ends: a confirm waits for it", async () => {
    await phase('try', 'create', { xid: 'x-0' });
    expect(await phase('try', 'confirm')).toMatchObject({ ok: false, rejection: { code: 'held' } });
    await phase('confirm', 'create', { xid: 'x-0' });
    expect(await phase('try', 'confirm', { xid: 'x-2' })).toMatchObject({ ok: true });
  });
});

describe('on the wire', () => {
  it('phase 2 is the endpoints the coordinator calls: 200 a definite success, 409 a definite refusal', async () => {
    expect(isTradeBranchEndpoint('branch-cancel')).toBe(true);
    expect(isTradeBranchEndpoint('branch-try')).toBe(false);
    const body = { xid: 'x-1', branchId: 'b-1', action: 'confirm', tradeId: 't-1' };
    expect(await bench.wire('branch-confirm', body)).toMatchObject({ status: 409, body: { error: { code: 'not_reserved' } } });
    expect(await bench.wire('branch-cancel', body)).toMatchObject({ status: 200, body: { phase: 'cancel', emptyRollback: true } });
  });

  it.each([
    ['no body', undefined],
    ['an unknown action', { xid: 'x-1', branchId: 'b-1', action: 'purge', tradeId: 't-1' }],
    ['a key the contract lacks', { xid: 'x-1', branchId: 'b-1', action: 'create', tradeId: 't-1', force: true }],
    ['an empty xid', { xid: '', branchId: 'b-1', action: 'create', tradeId: 't-1' }],
    ['a fractional amount', { xid: 'x-1', branchId: 'b-1', action: 'create', tradeId: 't-1', amountCents: 1.5 }],
  ])('%s is a 400 that changes nothing', async (_what, body) => {
    await phase('try', 'create');
    const before = { trade: bench.trade(), fence: bench.fenceLog(), events: bench.events() };
    for (const endpoint of ['branch-confirm', 'branch-cancel'] as const)
      expect(await bench.wire(endpoint, body)).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
    expect({ trade: bench.trade(), fence: bench.fenceLog(), events: bench.events() }).toEqual(before);
  });
});
