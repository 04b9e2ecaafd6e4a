import { beforeEach, describe, expect, it } from 'vitest';
import { branchBench } from '@/lib/testing/branch-harness';
import { openingTotalCents } from './accounts';

const bench = branchBench();
const { phase } = bench;

/** A reservation a create made and committed with the fence on, before the switch goes off. */
function reservationCommitted() {
  for (const op of ['try', 'confirm'] as const) expect(phase(op, 'create', { xid: 'tc:0' }).ok).toBe(true);
  bench.fence(false);
}

describe('the per-branch fence, off: nothing is checked, and the invariants name each anomaly', () => {
  beforeEach(() => bench.fence(false));

  it('no row is read or written: every phase runs its effect', () => {
    phase('try', 'create');
    phase('confirm', 'create');
    phase('cancel', 'create');
    expect(bench.fenceLog()).toEqual([]);
  });

  it('idempotency: a repeated Try reserves again — a double reservation', () => {
    phase('try', 'create');
    expect(phase('try', 'create')).toMatchObject({ ok: true, answer: { replay: false, payOrder: { reservations: 2 } } });
    expect(bench.buyer().frozenCents).toBe(1000);
    expect(bench.broken()).toEqual({ noDoubleReservation: ['t-1'], frozenMatchesReservations: ['t-1'] });
  });

  it('empty rollback: a Cancel with no Try releases money that was never reserved', () => {
    expect(phase('cancel', 'create')).toMatchObject({ ok: true, answer: { replay: false } });
    expect(bench.buyer()).toMatchObject({ balanceCents: openingTotalCents + 500, frozenCents: -500 });
    expect(bench.broken()).toEqual({ frozenMatchesReservations: ['t-1'] });
  });

  it('anti-hanging: a late Try after its Cancel reserves, and the reservation hangs', () => {
    bench.fence(true);
    phase('cancel', 'create');
    bench.fence(false);
    expect(phase('try', 'create')).toMatchObject({ ok: true, answer: { payOrder: { state: 'trySuccess' } } });
    expect(bench.buyer().frozenCents).toBe(500);
    // Nothing will confirm or cancel it again: the global transaction has ended.
    expect(bench.broken(0)).toEqual({ noHangingReservation: ['t-1'] });
  });

  it('anti-hanging and empty rollback together: the Cancel overtakes its Try, releases nothing reserved, then the Try hangs', () => {
    phase('cancel', 'create');
    phase('try', 'create');
    expect(bench.buyer().frozenCents).toBe(0);
    expect(bench.broken(0)).toEqual({ frozenMatchesReservations: ['t-1'], noHangingReservation: ['t-1'] });
  });

  it('a repeated Confirm of a confirm charges again: money is no longer conserved', () => {
    reservationCommitted();
    phase('try', 'confirm');
    phase('confirm', 'confirm');
    expect(phase('confirm', 'confirm')).toMatchObject({ ok: true, answer: { replay: false } });
    expect(bench.broken()).toEqual({ moneyConserved: ['t-1'], noDoubleReservation: ['t-1'], frozenMatchesReservations: ['t-1'] });
  });

  it('a repeated Confirm of a delete releases again what was already released: money from nowhere', () => {
    reservationCommitted();
    phase('try', 'delete');
    phase('confirm', 'delete');
    phase('confirm', 'delete');
    expect(bench.buyer()).toMatchObject({ balanceCents: openingTotalCents + 500, frozenCents: -500 });
    expect(bench.broken()).toEqual({ frozenMatchesReservations: ['t-1'] });
  });

  it('a Confirm whose Try never landed is run all the same (here the reservation happened to stand)', () => {
    reservationCommitted();
    expect(phase('confirm', 'confirm')).toMatchObject({ ok: true, answer: { payOrder: { state: 'confirmed' } } });
    expect(bench.broken()).toEqual({});
  });

  it('holding is business, not fence: a second xid is still refused, and its Cancel lets go of nothing it does not hold', () => {
    reservationCommitted();
    phase('try', 'confirm');
    expect(phase('try', 'confirm')).toMatchObject({ ok: true, answer: { payOrder: { heldBy: 'tc:1' } } });
    expect(phase('try', 'delete', { xid: 'tc:2' })).toMatchObject({ ok: false, rejection: { code: 'held' } });
    expect(phase('cancel', 'delete', { xid: 'tc:2' })).toMatchObject({ ok: true });
    expect(bench.order()).toMatchObject({ heldBy: 'tc:1' });
    expect(bench.broken()).toEqual({});
  });
});
