import { describe, expect, it } from 'vitest';
import { account, payEvent, providerPayOrder } from '@/db/pay/schema';
import { payOrderMirror, tradeOrder, tradeRequest } from '@/db/trade/schema';
import type { Lab } from '@/lib/lab';
import { openingAccounts } from '@/lib/pay/accounts';
import { reservedEvent } from '@/lib/pay/pay-events';
import { labsClosedAfterEach } from '@/lib/testing/test-lab';
import type { CreateAnswer } from '@/lib/trade/create-answer';
import { createTrade } from '@/lib/trade/create-trade';
import { consistencyReport } from './consistency-report';

const openLab = labsClosedAfterEach({ transport: 'in-process' });
const freshLab = async (): Promise<Lab> => (await openLab()).lab;

/** V1 keeps no mirror; V1 itself is written elsewhere, so its rows are laid down by hand. */
function v1Trade(
  lab: Lab,
  amountCents: number,
  shape: { answer: CreateAnswer; status?: 'created' | 'confirmed'; reserved: boolean },
): string {
  const at = Date.now();
  const { id } = lab.tradeDb
    .insert(tradeRequest)
    .values({ amountCents, strategy: 'v1', requestedAt: at, answer: shape.answer })
    .returning()
    .get();
  const tradeId = `t-${id}`;
  if (shape.status)
    lab.tradeDb
      .insert(tradeOrder)
      .values({ id: tradeId, amountCents, strategy: 'v1', status: shape.status, createdAt: at, updatedAt: at })
      .run();
  if (shape.reserved) lab.pay.try({ payOrderId: `po-${id}`, tradeId, amountCents });
  return tradeId;
}

describe('consistency report', () => {
  it('is empty and ok on a fresh lab', async () => {
    const report = consistencyReport(await freshLab());
    expect(report).toMatchObject({
      total: 0,
      quadrants: { both: 0, tradeOnly: 0, payOnly: 0, neither: 0 },
      inconsistentCount: 0,
      inconsistent: [],
      ok: true,
    });
    expect(report.invariants.map((i) => i.id)).toEqual([
      'moneyConserved',
      'frozenMatchesReservations',
      'noHangingReservation',
      'noDoubleReservation',
      'answeredTradesPresent',
    ]);
  });

  it('counts every attempted trade id in its quadrant, stuck ones listed first', async () => {
    const lab = await freshLab();
    await createTrade(lab.trade, { amount: 1_00 }); // t-1: the note's 1.00, both sides
    await createTrade(lab.trade, { amount: 2_00 }); // t-2: 2.00 under V2 fails before the RPC: a request row only
    lab.faults.set('local.crash_after_commit', { mode: 'once' });
    await createTrade(lab.trade, { amount: 5_00 }); // t-3: the try is owed, recovery will send it
    v1Trade(lab, 6_00, { answer: 'created', status: 'created', reserved: true }); // t-4: V1 created ↔ trySuccess
    v1Trade(lab, 7_00, { answer: 'created', status: 'confirmed', reserved: true }); // t-5: V1 confirm case 3
    v1Trade(lab, 4_00, { answer: 'local_tx_failed', reserved: true }); // t-6: V1 create case 4, the orphan
    lab.pay.try({ payOrderId: 'po-900', tradeId: 't-900', amountCents: 8_00 }); // a trade id never handed out

    const report = consistencyReport(lab, { graceMs: 0 });
    expect(report).toMatchObject({
      total: 7,
      quadrants: { both: 3, tradeOnly: 1, payOnly: 2, neither: 1 },
      verdicts: { consistent: 3, converging: 1, stuck: 3 },
      inconsistentCount: 4,
      ok: false,
    });
    expect(report.inconsistent.map((i) => [i.tradeId, i.quadrant, i.verdict])).toEqual([
      ['t-5', 'both', 'stuck'],
      ['t-6', 'payOnly', 'stuck'],
      ['t-900', 'payOnly', 'stuck'],
      ['t-3', 'tradeOnly', 'converging'],
    ]);
    expect(report.inconsistent[2]).toMatchObject({
      trade: null,
      mirror: null,
      provider: { payOrderId: 'po-900', state: 'trySuccess', amount: '8.00', reservations: 1 },
    });
    const failed = report.invariants.filter((i) => !i.ok);
    expect(failed).toMatchObject([{ id: 'noHangingReservation', witnesses: ['t-6', 't-900'], witnessCount: 2 }]);
  });

  it('lists at most `limit` items and witnesses but counts them all', async () => {
    const lab = await freshLab();
    for (const n of [1, 2, 3]) lab.pay.try({ payOrderId: `po-o${n}`, tradeId: `t-o${n}`, amountCents: 1_00 });
    const report = consistencyReport(lab, { graceMs: 0, limit: 2 });
    expect(report.inconsistent).toHaveLength(2);
    expect(report.inconsistentCount).toBe(3);
    expect(report.invariants.find((i) => i.id === 'noHangingReservation')).toMatchObject({ witnesses: ['t-o1', 't-o2'], witnessCount: 3 });
  });

  // How long it takes is for `npm run bench` to say; this checks that the counts hold at scale.
  it('reports on 10,000 trades at once', async () => {
    const lab = await freshLab();
    const n = 10_000;
    const at = Date.now();
    const ids = Array.from({ length: n }, (_, i) => i + 1);
    const chunks = (size: number) => Array.from({ length: Math.ceil(n / size) }, (_, c) => ids.slice(c * size, (c + 1) * size));
    lab.tradeDb.transaction((tx) => {
      for (const chunk of chunks(500)) {
        tx.insert(tradeRequest)
          .values(chunk.map((id) => ({ id, amountCents: 1_00, strategy: 'v2' as const, requestedAt: at, answer: 'created' })))
          .run();
        tx.insert(tradeOrder)
          .values(
            chunk.map((id) => ({
              id: `t-${id}`,
              amountCents: 1_00,
              strategy: 'v2' as const,
              status: 'created' as const,
              createdAt: at,
              updatedAt: at,
            })),
          )
          .run();
        tx.insert(payOrderMirror)
          .values(
            chunk.map((id) => ({ id: `po-${id}`, tradeId: `t-${id}`, amountCents: 1_00, state: 'trySuccess' as const, updatedAt: at })),
          )
          .run();
      }
    });
    lab.payDb.transaction((tx) => {
      for (const chunk of chunks(500)) {
        tx.insert(providerPayOrder)
          .values(
            chunk.map((id) => ({
              id: `po-${id}`,
              tradeId: `t-${id}`,
              accountId: openingAccounts[0].id,
              amountCents: 1_00,
              state: 'trySuccess' as const,
              createdAt: at,
              updatedAt: at,
            })),
          )
          .run();
        tx.insert(payEvent)
          .values(chunk.map((id) => ({ at, payOrderId: `po-${id}`, tradeId: `t-${id}`, ...reservedEvent(1_00, true) })))
          .run();
      }
      tx.update(account)
        .set({ balanceCents: openingAccounts[0].balanceCents - n * 1_00, frozenCents: n * 1_00 })
        .run();
    });

    const report = consistencyReport(lab);
    expect(report).toMatchObject({ total: n, quadrants: { both: n }, verdicts: { consistent: n }, ok: true });
  }, 30_000);
});
