import { beforeAll, describe, expect, it } from 'vitest';
import { getLab } from '@/lib/lab';
import { jsonRequest, useTemporaryLab } from '@/lib/testing/route-harness';
import { createTrade } from '@/lib/trade/create-trade';
import { GET } from './route';

beforeAll(() => useTemporaryLab());

describe('GET /api/consistency', () => {
  it('answers 200 with quadrants, verdicts, invariants and the inconsistent items', async () => {
    const empty = await GET(jsonRequest('/api/consistency', 'GET'));
    expect(empty.status).toBe(200);
    expect(await empty.json()).toMatchObject({
      total: 0,
      quadrants: { both: 0, tradeOnly: 0, payOnly: 0, neither: 0 },
      verdicts: { consistent: 0, converging: 0, stuck: 0 },
      inconsistent: [],
      ok: true,
    });

    await createTrade(getLab().trade, { amount: 1_00 });
    await createTrade(getLab().trade, { amount: 2_00 });
    const report = await (await GET(jsonRequest('/api/consistency', 'GET'))).json();
    expect(report).toMatchObject({
      total: 2,
      quadrants: { both: 1, neither: 1 },
      verdicts: { consistent: 2 },
      inconsistentCount: 0,
      ok: true,
    });
    expect(report.invariants).toHaveLength(5);
    expect(report.invariants[0]).toMatchObject({
      id: 'moneyConserved',
      ok: true,
      witnesses: [],
      witnessCount: 0,
      description: expect.any(String),
      detail: expect.stringContaining('frozen 1.00'),
    });
  });

  it('lists a reservation the trade service never asked for as payOnly and stuck', async () => {
    getLab().pay.try({ payOrderId: 'po-stray', tradeId: 't-stray', amountCents: 2_50 });
    const report = await (await GET(jsonRequest('/api/consistency', 'GET'))).json();
    expect(report).toMatchObject({ quadrants: { payOnly: 1 }, verdicts: { stuck: 1 }, ok: false });
    expect(report.inconsistent).toEqual([
      {
        tradeId: 't-stray',
        quadrant: 'payOnly',
        verdict: 'stuck',
        trade: null,
        mirror: null,
        provider: { payOrderId: 'po-stray', state: 'trySuccess', amount: '2.50', reservations: 1 },
      },
    ]);
  });
});
