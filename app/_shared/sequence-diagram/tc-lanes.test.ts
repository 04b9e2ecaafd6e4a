import { describe, expect, it } from 'vitest';
import type { TradeView } from '@/app/_shared/lab-api';
import { englishWords } from '@/i18n/english-words';
import type { FaultId } from '@/lib/faults/catalog';
import { tradeView } from '@/lib/read-model/trade-view';
import { labsClosedAfterEach } from '@/lib/testing/test-lab';
import { createTrade } from '@/lib/trade/create-trade';
import { labelBox, lanePositions, lanesOf, laneWidth } from './lane-geometry';
import { layoutLanes, type LaneRow } from './lane-layout';

const words = { t: englishWords(), faultLabel: (id: string) => id };
const openLab = labsClosedAfterEach({ transport: 'in-process' });

/** A V3 create run for real in a scratch lab, its fault once, then the coordinator restarted if a fault took it down. */
async function v3Trade(fault?: FaultId): Promise<TradeView> {
  const t = await openLab();
  if (fault) t.lab.faults.set(fault, { mode: 'once' });
  const result = await createTrade(t.lab.trade, { amount: 1234, strategy: 'v3' });
  const tradeId = result.ok ? result.value.tradeId : String(result.error.details?.tradeId);
  if (!t.lab.tc.isUp()) await t.lab.tc.restart();
  await t.lab.tc.driveDue({ force: true });
  await t.lab.tc.drained();
  return tradeView(t.lab.audit, tradeId)!;
}

const where = ({ shape: s }: LaneRow) =>
  s.kind === 'arrow' ? `${s.from}→${s.to}` : s.kind === 'broken' ? `${s.from}→✕${s.to ?? ''}` : `${s.kind} ${s.lane}`;
const rowsOf = (rows: LaneRow[], type: string) => rows.filter((r) => r.eventType === type);
/** The TM's messages: the rows of `v3` events between the trade's lane and the coordinator's (the client's are drawn with them too). */
const messages = (rows: LaneRow[]) => rowsOf(rows, 'v3').filter((r) => where(r).includes('tc'));

/** What every layout must keep, whatever happened: each event one step, drawn, and every label inside the drawing. */
function expectWellDrawn(view: TradeView, rows: LaneRow[], steps: TradeView['events']) {
  expect(steps).toHaveLength(view.events.length);
  expect(new Set(steps.map((e) => `${e.source}-${e.id}`)).size).toBe(view.events.length);
  for (const e of view.events)
    expect(
      rows.some((r) => r.key.startsWith(`${e.source}-${e.id}-`)),
      `${e.source} ${e.type}`,
    ).toBe(true);
  expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  const positions = lanePositions(lanesOf(rows));
  for (const row of rows) {
    const box = labelBox(positions, row.shape);
    expect(box.x >= 0 && box.x + box.w <= laneWidth, `${where(row)}: ${row.shape.label}`).toBe(true);
  }
  // Rows are stacked one under another, each its own band: labels of two rows never share a line.
  expect(rows.map((r) => r.offsetMs)).toEqual([...rows.map((r) => r.offsetMs)].sort((a, b) => a - b));
}

describe('the lanes of a trade run by a global transaction', () => {
  it("draws the coordinator's lane between the trade's and the pay service's, only where there is one", async () => {
    const view = await v3Trade();
    const { rows } = layoutLanes(view, words);
    expect(lanesOf(rows)).toEqual(['client', 'trade', 'tc', 'network', 'pay']);
    const positions = lanePositions(lanesOf(rows));
    expect(positions.trade! < positions.tc! && positions.tc! < positions.pay!).toBe(true);
    const v2 = { ...view, events: view.events.filter((e) => e.source !== 'tc' && e.type !== 'v3'), globals: [] };
    expect(lanesOf(layoutLanes(v2, words).rows)).toEqual(['client', 'trade', 'network', 'pay']);
  });

  it('draws the TM → TC messages as arrows with their answers, the TC log on its lane, phase 2 as calls from the TC', async () => {
    const view = await v3Trade();
    const { rows, steps } = layoutLanes(view, words);
    expectWellDrawn(view, rows, steps);
    expect(messages(rows).map((r) => `${where(r)}: ${r.shape.label}`)).toEqual([
      'trade→tc: begin a global transaction',
      expect.stringMatching(/^tc→trade: begun: x-\d+$/),
      expect.stringMatching(/^trade→tc: register the pay branch · x-\d+$/),
      'tc→trade: ok',
      expect.stringMatching(/^trade→tc: register the trade branch · x-\d+$/),
      'tc→trade: ok',
      expect.stringMatching(/^trade→tc: commit x-\d+$/),
      'tc→trade: ok',
    ]);
    const phaseTwo = rowsOf(rows, 'branch.moved').filter((r) => r.shape.kind === 'arrow');
    expect(phaseTwo.map(where)).toEqual(['tc→pay', 'pay→tc', 'tc→trade', 'trade→tc']);
    expect(phaseTwo.map((r) => r.shape.label)).toEqual([
      expect.stringMatching(/^confirm b-\d+ \(pay\) · x-\d+$/),
      'ok → PhaseTwo_Committed',
      expect.stringMatching(/^confirm b-\d+ \(trade\) · x-\d+$/),
      'ok → PhaseTwo_Committed',
    ]);
    // What each branch's owner did lands between the TC's call and its answer.
    const labels = rows.map(where);
    const payCall = labels.indexOf('tc→pay');
    expect(labels.slice(payCall, payCall + 3)).toEqual(['tc→pay', 'box pay', 'pay→tc']);
    const tradeCall = labels.indexOf('tc→trade', payCall);
    expect(labels.slice(tradeCall, tradeCall + 3)).toEqual(['tc→trade', 'box trade', 'trade→tc']);
    expect(rowsOf(rows, 'branch.phase').map(where)).toEqual(['box trade', 'box trade']);
    expect(rowsOf(rows, 'global.moved').map((r) => r.shape.label)).toEqual([
      expect.stringMatching(/^x-\d+ Begin → Committing$/),
      expect.stringMatching(/^x-\d+ Committing → Committed$/),
    ]);
    expect(rows.filter((r) => r.shape.kind === 'arrow' && r.shape.to === 'client').map((r) => r.shape.label)).toEqual([
      '201 · trade created',
    ]);
  });

  it('breaks a lost message to the coordinator on its hop, and draws no answer', async () => {
    const view = await v3Trade('rpc.request_lost');
    const { rows, steps } = layoutLanes(view, words);
    expectWellDrawn(view, rows, steps);
    const begin = messages(rows)[0]!;
    expect(where(begin)).toBe('trade→✕tc');
    expect(begin.fault).toBe('rpc.request_lost');
    expect(begin.shape.label).toMatch(/^begin a global transaction: request lost \(fault: rpc.request_lost\)/);
    expect(messages(rows)).toHaveLength(1);
  });

  it("marks the coordinator's crash and its restart on its lane, the decision carried out after it", async () => {
    const view = await v3Trade('tc.crash_after_decision');
    const { rows, steps } = layoutLanes(view, words);
    expectWellDrawn(view, rows, steps);
    const notes = rows.filter((r) => r.shape.kind === 'note' && r.shape.lane === 'tc').map((r) => r.shape.label);
    expect(notes).toEqual(['✕ coordinator crashed after logging its decision', 'coordinator restarted: 1 transaction resumes']);
    const labels = rows.map((r) => r.shape.label);
    const restarted = labels.indexOf('coordinator restarted: 1 transaction resumes');
    expect(labels.indexOf('✕ coordinator crashed after logging its decision')).toBeLessThan(restarted);
    expect(rows.findIndex((r) => where(r) === 'tc→pay')).toBeGreaterThan(restarted);
    // The commit's answer never came: the coordinator was down.
    const commit = messages(rows).filter((r) => r.shape.label.startsWith('commit') || r.shape.label.startsWith('no definite'));
    expect(commit.map(where)).toEqual(['trade→tc', 'tc→trade']);
    expect(commit[1]!.shape.tone).toBe('bad');
  });
});
