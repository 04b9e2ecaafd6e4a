import { describe, expect, it } from 'vitest';
import type { Operation } from '@/lib/pay-order/pay-order.machine';
import { branchBench } from '@/lib/testing/branch-harness';
import { expectedAfter, expectedRules, reaching, type Status } from '@/lib/testing/fence-cases';
import { openingTotalCents } from './accounts';
import { branchActions, outcomeOf, type BranchAction, type BranchAnswer } from './contract';
import { handlePayRequest } from './endpoints';

const bench = branchBench();
const { phase } = bench;

/** A confirm or a delete acts on a reservation a create made and committed first (another global transaction). */
function reservationCommitted() {
  for (const op of ['try', 'confirm'] as const) expect(phase(op, 'create', { xid: 'tc:0' }).ok).toBe(true);
}

const snapshot = () => ({ buyer: bench.buyer(), order: bench.order() });

describe('the per-branch fence, on: every rule, for each action', () => {
  const cases = branchActions.flatMap((action) =>
    (Object.keys(expectedRules) as Operation[]).flatMap((op) =>
      (Object.keys(reaching) as Status[]).map((status) => ({ action, op, status, rule: expectedRules[op][status] })),
    ),
  );

  it.each(cases)('$action: $op from $status → $rule', ({ action, op, status, rule }) => {
    if (action !== 'create') reservationCommitted();
    for (const step of reaching[status]) expect(phase(step, action).ok, step).toBe(true);
    const before = snapshot();
    const result = phase(op, action);
    const statusNow = bench.fenceLog().find((r) => r.xid === 'tc:1')?.status ?? 'none';
    if (rule === 'run') {
      expect(result).toMatchObject({ ok: true, answer: { op, replay: false, xid: 'tc:1', branchId: 'pay', action } });
      expect(statusNow).toBe(expectedAfter[op]);
    } else if (rule === 'replay') {
      expect(result).toMatchObject({ ok: true, answer: { op, replay: true } });
      expect(result.ok && result.answer.emptyRollback === true).toBe(status === 'suspended');
      expect(snapshot()).toEqual(before);
      expect(statusNow).toBe(status);
    } else if (rule === 'empty rollback') {
      expect(result).toMatchObject({ ok: true, answer: { op, replay: false, emptyRollback: true } });
      expect(snapshot()).toEqual(before);
      expect(statusNow).toBe('suspended');
    } else {
      expect(result).toMatchObject({ ok: false, rejection: { code: rule } });
      expect(snapshot()).toEqual(before);
      expect(statusNow).toBe(status);
    }
    expect(bench.broken()).toEqual({});
  });
});

describe('what each phase does, fence on', () => {
  it('create: Try reserves, Confirm keeps the reservation, a repeat of either moves nothing', () => {
    expect(phase('try', 'create')).toMatchObject({ ok: true, answer: { payOrder: { state: 'trySuccess', amountCents: 500 } } });
    expect(bench.buyer()).toMatchObject({ balanceCents: openingTotalCents - 500, frozenCents: 500 });
    phase('try', 'create');
    expect(phase('confirm', 'create')).toMatchObject({ ok: true, answer: { payOrder: { state: 'trySuccess' } } });
    phase('confirm', 'create');
    expect(bench.buyer()).toMatchObject({ balanceCents: openingTotalCents - 500, frozenCents: 500 });
    expect(bench.order()).toMatchObject({ state: 'trySuccess', reservations: 1 });
    expect(bench.broken()).toEqual({});
  });

  it('create: Cancel releases the reservation and cancels the order; the late copy of the Try reserves nothing', () => {
    phase('try', 'create');
    expect(phase('cancel', 'create')).toMatchObject({ ok: true, answer: { payOrder: { state: 'cancelled' } } });
    expect(phase('try', 'create')).toMatchObject({ ok: false, rejection: { code: 'try_after_cancel' } });
    expect(bench.buyer()).toMatchObject({ balanceCents: openingTotalCents, frozenCents: 0 });
    expect(bench.broken()).toEqual({});
  });

  it('create: a second global transaction cannot make the same pay order again', () => {
    phase('try', 'create');
    expect(phase('try', 'create', { xid: 'tc:2' })).toMatchObject({ ok: false, rejection: { code: 'already_tried' } });
    expect(bench.fenceLog().map((r) => r.xid)).toEqual(['tc:1']);
  });

  it('confirm: Try holds the order for its xid, Confirm consumes the reservation and ends the hold', () => {
    reservationCommitted();
    expect(phase('try', 'confirm')).toMatchObject({ ok: true, answer: { payOrder: { state: 'trySuccess', heldBy: 'tc:1' } } });
    expect(bench.buyer().frozenCents).toBe(500);
    expect(phase('confirm', 'confirm')).toMatchObject({ ok: true, answer: { payOrder: { state: 'confirmed' } } });
    expect(bench.order()).not.toHaveProperty('heldBy');
    phase('confirm', 'confirm');
    expect(bench.buyer()).toMatchObject({ balanceCents: openingTotalCents - 500, frozenCents: 0 });
    expect(bench.broken()).toEqual({});
  });

  it('confirm: two global transactions on one pay order — the second Try is refused while the first holds it', () => {
    reservationCommitted();
    phase('try', 'confirm');
    expect(phase('try', 'delete', { xid: 'tc:2' })).toMatchObject({ ok: false, rejection: { code: 'held' } });
    // The second is rolled back: its Cancel is an empty rollback and lets go of nothing it does not hold.
    expect(phase('cancel', 'delete', { xid: 'tc:2' })).toMatchObject({ ok: true, answer: { emptyRollback: true } });
    expect(bench.order()).toMatchObject({ heldBy: 'tc:1' });
    expect(phase('confirm', 'confirm')).toMatchObject({ ok: true, answer: { payOrder: { state: 'confirmed' } } });
    expect(phase('try', 'delete', { xid: 'tc:3' })).toMatchObject({ ok: false, rejection: { code: 'already_confirmed' } });
    expect(bench.broken()).toEqual({});
  });

  it('confirm and delete: Cancel lets the hold go and nothing else, so the next global transaction may hold the order', () => {
    reservationCommitted();
    for (const action of ['confirm', 'delete'] as const) {
      const xid = `tc:${action}`;
      phase('try', action, { xid });
      expect(phase('cancel', action, { xid })).toMatchObject({ ok: true, answer: { payOrder: { state: 'trySuccess' } } });
      expect(bench.order()).not.toHaveProperty('heldBy');
    }
    expect(bench.buyer().frozenCents).toBe(500);
    expect(
      bench
        .pay()
        .query('po-1')
        .events.map((e) => e.type),
    ).toEqual(['try.reserved', 'confirm.kept', 'try.held', 'cancel.unheld', 'try.held', 'cancel.unheld']);
  });

  it('delete: Confirm releases the reservation and removes the order; its events outlive it', () => {
    reservationCommitted();
    phase('try', 'delete');
    expect(phase('confirm', 'delete')).toMatchObject({ ok: true, answer: { payOrder: null, removed: true } });
    expect(phase('confirm', 'delete')).toMatchObject({ ok: true, answer: { payOrder: null, removed: true, replay: true } });
    expect(bench.order()).toBeNull();
    expect(bench.buyer()).toMatchObject({ balanceCents: openingTotalCents, frozenCents: 0 });
    expect(
      bench
        .pay()
        .query('po-1')
        .events.map((e) => e.type),
    ).toContain('cancel.released');
    expect(bench.broken()).toEqual({});
  });

  it('confirm and delete: a Try on an order that holds no reservation is refused', () => {
    expect(phase('try', 'confirm')).toMatchObject({ ok: false, rejection: { code: 'not_reserved' } });
    phase('try', 'create', { xid: 'tc:0' });
    phase('cancel', 'create', { xid: 'tc:0' });
    expect(phase('try', 'delete')).toMatchObject({ ok: false, rejection: { code: 'already_cancelled' } });
    expect(bench.fenceLog().map((r) => r.xid)).toEqual(['tc:0']);
  });
});

describe('refusals, fence on: the lab\'s "Provider rejects" and a real shortage', () => {
  it('a refused Try leaves no row: its Cancel is an empty rollback, and the late copy is refused', () => {
    expect(phase('try', 'create', { simulate: 'reject' })).toMatchObject({ ok: false, rejection: { code: 'insufficient_funds' } });
    expect(phase('try', 'create', { xid: 'tc:2', amountCents: openingTotalCents + 1 })).toMatchObject({
      ok: false,
      rejection: { code: 'insufficient_funds' },
    });
    expect(bench.fenceLog()).toEqual([]);
    expect(phase('cancel', 'create')).toMatchObject({ ok: true, answer: { emptyRollback: true } });
    expect(phase('try', 'create')).toMatchObject({ ok: false, rejection: { code: 'try_after_cancel' } });
    expect(bench.buyer()).toMatchObject({ balanceCents: openingTotalCents, frozenCents: 0 });
  });

  it('a refused Confirm or Cancel changes nothing and is not kept: the phase still owed goes through next time', () => {
    phase('try', 'create');
    expect(phase('confirm', 'create', { simulate: 'reject' })).toMatchObject({ ok: false });
    expect(phase('cancel', 'create', { simulate: 'reject' })).toMatchObject({ ok: false });
    expect(bench.fenceLog()).toMatchObject([{ status: 'tried' }]);
    expect(phase('cancel', 'create')).toMatchObject({ ok: true, answer: { replay: false, payOrder: { state: 'cancelled' } } });
    expect(bench.broken()).toEqual({});
  });

  it('a repeat of a finished phase gets its first answer even when the lab marks it for refusal', () => {
    phase('try', 'create');
    expect(phase('try', 'create', { simulate: 'reject' })).toMatchObject({ ok: true, answer: { replay: true } });
  });
});

describe('on the wire', () => {
  it('a branch phase is an endpoint of the contract, read by the caller as a BranchAnswer', () => {
    const body = { xid: 'tc:9', branchId: 'pay', action: 'create', payOrderId: 'po-9', tradeId: 't-9', amountCents: 100 };
    const outcome = outcomeOf<BranchAnswer>(handlePayRequest(bench.pay(), 'branch-try', body));
    expect(outcome).toMatchObject({ kind: 'success', value: { xid: 'tc:9', action: 'create' satisfies BranchAction } });
    expect(outcomeOf(handlePayRequest(bench.pay(), 'branch-confirm', { ...body, xid: 'tc:10' }))).toMatchObject({
      kind: 'failure',
      code: 'not_reserved',
    });
  });
});
