import { describe, expect, it } from 'vitest';
import { labsClosedAfterEach } from '@/lib/testing/test-lab';
import { createTrade } from '@/lib/trade/create-trade';
import { tradeView } from './trade-view';
import { tradeViewSchema } from './trade-view-schema';

const openLab = labsClosedAfterEach({ transport: 'in-process' });

async function created(strategy: 'v2' | 'v3', amount = 1234) {
  const t = await openLab();
  const result = await createTrade(t.lab.trade, { amount, strategy });
  if (!result.ok) throw new Error(`create refused: ${result.error.message}`);
  await t.lab.tc.drained();
  return { t, tradeId: result.value.tradeId };
}

describe("the trade view's coordinator side", () => {
  it("carries a V3 trade's global transaction as the log holds it: committed, both branches confirmed", async () => {
    const { t, tradeId } = await created('v3');
    const view = tradeView(t.lab.audit, tradeId)!;
    expect(view.globals).toEqual([
      {
        xid: expect.stringMatching(/^x-\d+$/),
        tradeId,
        action: 'create',
        status: 'Committed',
        attempts: 0,
        branches: [
          { branchId: expect.stringMatching(/^b-\d+$/), resource: 'pay', status: 'PhaseTwo_Committed', attempts: 1 },
          { branchId: expect.stringMatching(/^b-\d+$/), resource: 'trade', status: 'PhaseTwo_Committed', attempts: 1 },
        ],
      },
    ]);
    expect(view.coordinator).toEqual({ up: true });
    expect(tradeViewSchema.safeParse(view).error).toBeUndefined();
  });

  it("tells the TC's events in the story, by time, each once, with the transaction they were about", async () => {
    const { t, tradeId } = await created('v3');
    const view = tradeView(t.lab.audit, tradeId)!;
    const tc = view.events.filter((e) => e.source === 'tc');
    expect(tc.map((e) => e.type)).toEqual([
      'global.begun',
      'branch.registered',
      'branch.registered',
      'branch.moved',
      'branch.moved',
      'global.moved',
      'branch.moved',
      'branch.moved',
      'global.moved',
    ]);
    const xid = view.globals[0]!.xid;
    expect(tc.every((e) => e.xid === xid && e.tradeId === tradeId)).toBe(true);
    expect(new Set(view.events.map((e) => `${e.source}-${e.id}`)).size).toBe(view.events.length);
    const times = view.events.map((e) => e.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('says the coordinator is down after a crash, with where, and tells the restart that follows in the story', async () => {
    const t = await openLab();
    t.lab.faults.set('tc.crash_after_decision', { mode: 'once' });
    const result = await createTrade(t.lab.trade, { amount: 321, strategy: 'v3' });
    // The commit had no answer (the TC went down after deciding): the TM cannot know, and says so.
    const tradeId = result.ok ? result.value.tradeId : String(result.error.details?.tradeId);
    const down = tradeView(t.lab.audit, tradeId)!;
    expect(down.coordinator).toMatchObject({ up: false, point: 'after-decision', xid: down.globals[0]!.xid });
    expect(down.globals[0]!.status).toBe('Committing');
    expect(down.trade?.pending).toBe('create');

    await t.lab.tc.restart();
    await t.lab.tc.drained();
    const up = tradeView(t.lab.audit, tradeId)!;
    expect(up.coordinator).toEqual({ up: true });
    expect(up.globals[0]!.status).toBe('Committed');
    expect(up.trade?.pending).toBeNull();
    const kinds = up.events.filter((e) => e.source === 'tc').map((e) => e.type);
    expect(kinds.indexOf('tc.restarted')).toBeGreaterThan(kinds.indexOf('tc.crashed'));
    expect(up.events.find((e) => e.source === 'tc' && e.type === 'tc.restarted')).toMatchObject({ xid: null, tradeId: null });
  });

  it('keeps a V2 view as it was, with an empty list of global transactions and no coordinator', async () => {
    const { t, tradeId } = await created('v2');
    const view = tradeView(t.lab.audit, tradeId)!;
    expect(view.globals).toEqual([]);
    expect('coordinator' in view).toBe(false);
    expect(view.events.some((e) => e.source === 'tc')).toBe(false);
  });
});
