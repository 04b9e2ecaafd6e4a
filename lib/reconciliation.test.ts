import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { tradeRequest } from '@/db/trade/schema';
import type { Lab } from '@/lib/lab';
import { labsClosedAfterEach } from '@/lib/testing/test-lab';
import type { CreateAnswer } from '@/lib/trade/create-answer';
import { createTrade } from '@/lib/trade/create-trade';
import { eventsForTrade } from '@/lib/trade/event-log';
import { consistencyReport } from '@/lib/consistency/consistency-report';

const openLab = labsClosedAfterEach({ transport: 'in-process' });
const freshLab = async (): Promise<Lab> => (await openLab()).lab;

/** A V1 request whose trade row is gone (or never committed) while its reservation lives on. */
function v1Reservation(lab: Lab, amountCents: number, request: { answer: CreateAnswer | null; lastOp?: 'create' | 'delete' }) {
  const { id } = lab.tradeDb
    .insert(tradeRequest)
    .values({ amountCents, strategy: 'v1', requestedAt: Date.now(), ...request })
    .returning()
    .get();
  const ref = { tradeId: `t-${id}`, payOrderId: `po-${id}` };
  lab.pay.try({ ...ref, amountCents });
  return ref;
}

describe('reconcile: the provider cancels reservations that have no trade', () => {
  it('cancels V1 create case 4 (the orphan) after the grace period, not before, and the lab is consistent again', async () => {
    const lab = await freshLab();
    const orphan = v1Reservation(lab, 4_00, { answer: 'local_tx_failed' });
    expect(consistencyReport(lab, { graceMs: 0 }).quadrants.payOnly).toBe(1);

    expect(await lab.reconcile({ graceMs: 60_000 })).toEqual({
      examined: 1,
      cancelled: [],
      skipped: [{ ...orphan, amount: '4.00', reason: 'within grace' }],
    });
    expect(lab.pay.query(orphan.payOrderId).payOrder?.state).toBe('trySuccess');

    let notified = 0;
    lab.events.on('event', () => (notified += 1));
    expect(await lab.reconcile({ graceMs: 0 })).toEqual({ examined: 1, cancelled: [{ ...orphan, amount: '4.00' }], skipped: [] });
    expect(notified).toBe(1);
    expect(eventsForTrade(lab.tradeDb, orphan.tradeId)).toMatchObject([
      { type: 'reconcile', detail: { payOrderId: orphan.payOrderId, released: 4_00 } },
    ]);

    const report = consistencyReport(lab, { graceMs: 0 });
    expect(report).toMatchObject({ quadrants: { neither: 1, payOnly: 0 }, verdicts: { consistent: 1 }, ok: true });
    expect(report.invariants.every((i) => i.ok)).toBe(true);
  });

  it('repairs V1 delete case 3: the row was deleted, the cancel never arrived', async () => {
    const lab = await freshLab();
    const hanging = v1Reservation(lab, 6_00, { answer: 'created', lastOp: 'delete' });
    const result = await lab.reconcile({ graceMs: 0 });
    expect(result.cancelled).toEqual([{ ...hanging, amount: '6.00' }]);
    expect(consistencyReport(lab, { graceMs: 0 }).ok).toBe(true);
  });

  it('cancels a reservation for a trade id the trade service never handed out', async () => {
    const lab = await freshLab();
    lab.pay.try({ payOrderId: 'po-x', tradeId: 't-x', amountCents: 1_50 });
    expect((await lab.reconcile({ graceMs: 0 })).cancelled).toEqual([{ tradeId: 't-x', payOrderId: 'po-x', amount: '1.50' }]);
  });

  it('leaves alone a create whose flow still runs, and every reservation whose trade exists', async () => {
    const lab = await freshLab();
    const created = await createTrade(lab.trade, { amount: 1_00 });
    expect(created.ok).toBe(true);
    const running = v1Reservation(lab, 3_00, { answer: null });
    const result = await lab.reconcile({ graceMs: 0 });
    expect(result).toEqual({ examined: 2, cancelled: [], skipped: [{ ...running, amount: '3.00', reason: 'in flight' }] });

    // Once the V1 flow answers without having committed its row, the reservation is an orphan.
    lab.tradeDb
      .update(tradeRequest)
      .set({ answer: 'local_tx_failed' })
      .where(eq(tradeRequest.id, Number(running.tradeId.slice(2))))
      .run();
    expect((await lab.reconcile({ graceMs: 0 })).cancelled).toEqual([{ ...running, amount: '3.00' }]);
  });
});
