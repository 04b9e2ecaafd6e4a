import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPayDb, type PayDb } from '@/db/pay/client';
import { createPayService, type PayService } from './pay-service';
import { buyerAccountId, openingTotalCents } from './accounts';

let dir: string;
let db: PayDb;
let fenceOn = true;
let pay: PayService;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lab-fence-'));
  db = openPayDb(dir);
  fenceOn = true;
  pay = createPayService(db, { fenceOn: () => fenceOn, now: Date.now });
});
afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const buyer = () => pay.accounts().find((a) => a.id === buyerAccountId)!;
const confirmedCents = () =>
  pay
    .payOrdersByTrade()
    .filter((p) => p.state === 'confirmed')
    .reduce((s, p) => s + p.amountCents, 0);
const total = () => buyer().balanceCents + buyer().frozenCents + confirmedCents();
const tryIt = (id = 'po-1', amountCents = 500) => pay.try({ payOrderId: id, tradeId: id.replace('po', 't'), amountCents });

describe('TCC on the provider', () => {
  it('try reserves, confirm consumes, cancel releases; money is conserved throughout', () => {
    expect(tryIt().ok).toBe(true);
    expect(buyer()).toMatchObject({ frozenCents: 500, balanceCents: openingTotalCents - 500 });
    expect(pay.confirm({ payOrderId: 'po-1' })).toMatchObject({ ok: true, answer: { payOrder: { state: 'confirmed' } } });
    expect(buyer().frozenCents).toBe(0);
    expect(tryIt('po-2', 300).ok).toBe(true);
    expect(pay.cancel({ payOrderId: 'po-2' })).toMatchObject({ ok: true, answer: { payOrder: { state: 'cancelled' } } });
    expect(buyer().frozenCents).toBe(0);
    expect(total()).toBe(openingTotalCents);
  });

  it('refuses a try the balance cannot cover, changing nothing', () => {
    expect(tryIt('po-1', openingTotalCents + 1)).toMatchObject({ ok: false, rejection: { code: 'insufficient_funds' } });
    expect(pay.payOrdersByTrade()).toEqual([]);
    expect(buyer().frozenCents).toBe(0);
  });

  it('refuses to confirm what was never reserved, and to cancel what is confirmed', () => {
    expect(pay.confirm({ payOrderId: 'po-9' })).toMatchObject({ ok: false, rejection: { code: 'not_reserved' } });
    tryIt();
    pay.confirm({ payOrderId: 'po-1' });
    expect(pay.cancel({ payOrderId: 'po-1' })).toMatchObject({ ok: false, rejection: { code: 'already_confirmed' } });
  });
});

describe('the fence, on', () => {
  it('idempotency: a repeated try returns the first answer and reserves nothing more', () => {
    const first = tryIt();
    const again = tryIt();
    expect(again).toMatchObject({ ok: true, answer: { replay: true, payOrder: { state: 'trySuccess', reservations: 1 } } });
    expect(first.ok && first.answer.replay).toBe(false);
    expect(buyer().frozenCents).toBe(500);
  });

  it('idempotency: a repeated confirm or cancel charges or releases once', () => {
    tryIt();
    pay.confirm({ payOrderId: 'po-1' });
    expect(pay.confirm({ payOrderId: 'po-1' })).toMatchObject({ ok: true, answer: { replay: true } });
    tryIt('po-2');
    pay.cancel({ payOrderId: 'po-2' });
    expect(pay.cancel({ payOrderId: 'po-2' })).toMatchObject({ ok: true, answer: { replay: true } });
    expect(buyer().frozenCents).toBe(0);
    expect(total()).toBe(openingTotalCents);
  });

  it('empty rollback: a cancel before any try succeeds and releases nothing', () => {
    expect(pay.cancel({ payOrderId: 'po-1', tradeId: 't-1', amountCents: 500 })).toMatchObject({
      ok: true,
      answer: { emptyRollback: true, payOrder: null },
    });
    expect(buyer()).toMatchObject({ balanceCents: openingTotalCents, frozenCents: 0 });
  });

  it('anti-hanging: a try that arrives after its cancel is refused', () => {
    pay.cancel({ payOrderId: 'po-1', tradeId: 't-1' });
    expect(tryIt()).toMatchObject({ ok: false, rejection: { code: 'try_after_cancel' } });
    expect(buyer().frozenCents).toBe(0);
    expect(pay.payOrdersByTrade()).toEqual([]);
  });

  it('a cancel for a deleted trade releases and removes the pay order; a repeat or a late try changes nothing after it', () => {
    tryIt();
    expect(pay.cancel({ payOrderId: 'po-1', tradeId: 't-1', deleting: true })).toMatchObject({
      ok: true,
      answer: { removed: true, payOrder: null },
    });
    expect(pay.payOrdersByTrade()).toEqual([]);
    expect(buyer().frozenCents).toBe(0);
    expect(pay.cancel({ payOrderId: 'po-1', tradeId: 't-1', deleting: true })).toMatchObject({
      ok: true,
      answer: { removed: true, replay: true },
    });
    // A late copy of the try gets the try's first answer again, and reserves nothing.
    expect(tryIt()).toMatchObject({ ok: true, answer: { replay: true } });
    expect(pay.payOrdersByTrade()).toEqual([]);
    expect(buyer().frozenCents).toBe(0);
    expect(
      pay
        .query('po-1')
        .fence.map((f) => f.op)
        .sort(),
    ).toEqual(['cancel', 'try']);
    expect(total()).toBe(openingTotalCents);
  });
});

describe('the fence keeps a business refusal of a try or confirm: the first answer is final', () => {
  const rejected = { ok: false, rejection: { code: 'insufficient_funds' } };

  it('a try refused once is refused again when it arrives late, reserving nothing', () => {
    expect(pay.try({ payOrderId: 'po-1', tradeId: 't-1', amountCents: 500, simulate: 'reject' })).toMatchObject(rejected);
    expect(tryIt()).toMatchObject(rejected);
    expect(buyer().frozenCents).toBe(0);
    expect(pay.payOrdersByTrade()).toEqual([]);
  });

  it('a real shortage is kept the same way: money arriving later does not turn the refusal into a reservation', () => {
    expect(tryIt('po-1', openingTotalCents + 1)).toMatchObject(rejected);
    expect(tryIt('po-1', 500)).toMatchObject(rejected);
    expect(buyer().frozenCents).toBe(0);
  });

  it('a confirm refused once does not charge when it arrives again', () => {
    tryIt();
    expect(pay.confirm({ payOrderId: 'po-1', simulate: 'reject' })).toMatchObject(rejected);
    expect(pay.confirm({ payOrderId: 'po-1' })).toMatchObject(rejected);
    expect(pay.payOrdersByTrade()[0]).toMatchObject({ state: 'trySuccess' });
    expect(buyer().frozenCents).toBe(500);
  });

  it('an operation already done is answered with its success, even when the lab marks the repeat for refusal', () => {
    tryIt();
    expect(pay.try({ payOrderId: 'po-1', tradeId: 't-1', amountCents: 500, simulate: 'reject' })).toMatchObject({
      ok: true,
      answer: { replay: true },
    });
  });

  it('a refused cancel is not kept: the cancel still owed goes through next time', () => {
    tryIt();
    expect(pay.cancel({ payOrderId: 'po-1', simulate: 'reject' })).toMatchObject(rejected);
    expect(pay.cancel({ payOrderId: 'po-1' })).toMatchObject({ ok: true, answer: { replay: false, payOrder: { state: 'cancelled' } } });
    expect(buyer().frozenCents).toBe(0);
  });

  it('a cancel after a refused try is an empty rollback', () => {
    pay.try({ payOrderId: 'po-1', tradeId: 't-1', amountCents: 500, simulate: 'reject' });
    expect(pay.cancel({ payOrderId: 'po-1', tradeId: 't-1', amountCents: 500 })).toMatchObject({
      ok: true,
      answer: { emptyRollback: true },
    });
    expect(buyer()).toMatchObject({ balanceCents: openingTotalCents, frozenCents: 0 });
  });
});

describe('the fence, off: each anomaly it exists to prevent', () => {
  beforeEach(() => {
    fenceOn = false;
  });

  it('a repeated try reserves twice (double reservation)', () => {
    tryIt();
    tryIt();
    expect(pay.payOrdersByTrade()[0]).toMatchObject({ reservations: 2 });
    expect(buyer().frozenCents).toBe(1000);
  });

  it('a cancel before any try releases money that was never reserved', () => {
    pay.cancel({ payOrderId: 'po-1', tradeId: 't-1', amountCents: 500 });
    expect(buyer().frozenCents).toBe(-500);
    expect(buyer().balanceCents).toBe(openingTotalCents + 500);
  });

  it('a try after its cancel leaves a reservation hanging', () => {
    pay.cancel({ payOrderId: 'po-1', tradeId: 't-1' });
    expect(tryIt().ok).toBe(true);
    expect(pay.payOrdersByTrade()[0]).toMatchObject({ state: 'trySuccess' });
    expect(buyer().frozenCents).toBe(500);
  });

  it('a refused try, delivered again, reserves after all: two answers for one operation', () => {
    expect(pay.try({ payOrderId: 'po-1', tradeId: 't-1', amountCents: 500, simulate: 'reject' }).ok).toBe(false);
    expect(tryIt().ok).toBe(true);
    expect(buyer().frozenCents).toBe(500);
  });

  it('a repeated confirm charges twice: money is no longer conserved', () => {
    tryIt();
    pay.confirm({ payOrderId: 'po-1' });
    pay.confirm({ payOrderId: 'po-1' });
    expect(total()).toBe(openingTotalCents - 500);
  });
});
