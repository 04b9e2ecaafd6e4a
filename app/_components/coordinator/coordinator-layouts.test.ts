import { describe, expect, it } from 'vitest';
import { toDirectedGraph } from 'xstate/graph';
import { overlaps } from '@/app/_components/machine-diagram/diagram-geometry';
import { expectLabelsClear } from '@/app/_components/machine-diagram/layout-checks';
import { emptyQueue } from '@/app/_components/machine-diagram/animation-queue';
import { branchMachine, branchStatuses } from '@/lib/global-tx/branch.machine';
import { globalTransactionMachine, globalTransactionStatuses } from '@/lib/global-tx/global-transaction.machine';
import { coordinatorLayouts } from './coordinator-layouts';
import { shownAt, stepsOf, type TcStep } from './coordinator-steps';

const layouts = await coordinatorLayouts();

describe.each([
  ['global-transaction', layouts.global, globalTransactionMachine, globalTransactionStatuses],
  ['branch', layouts.branch, branchMachine, branchStatuses],
] as const)("the coordinator's %s diagram, laid out from the machine", (_, layout, machine, statuses) => {
  it('draws every state of the machine once, each box wide enough for its name', () => {
    expect(layout.nodes.map((n) => n.state).sort()).toEqual([...statuses].sort());
    for (const n of layout.nodes) expect(n.box.w, n.state).toBeGreaterThanOrEqual(n.state.length * 7);
  });

  it('draws every transition of the machine as one edge, and no other', () => {
    const transitions = toDirectedGraph(machine).children.flatMap((c) =>
      c.edges.map((e) => `${e.source.key}->${e.target.key}:${e.label.text}`),
    );
    expect(layout.edges.map((e) => `${e.source}->${e.target}:${e.event}`).sort()).toEqual(transitions.sort());
    for (const e of layout.edges) expect(e.path, e.key).toMatch(/^M [\d.]+ [\d.]+( L [\d.]+ [\d.]+)+$/);
  });

  it('keeps every label off the nodes, off the other labels, and inside the drawing; no two nodes overlap', () => {
    expectLabelsClear(layout);
    for (const [i, n] of layout.nodes.entries())
      expect(
        layout.nodes.filter((o, j) => j !== i && overlaps(o.box, n.box)).map((o) => o.state),
        n.state,
      ).toEqual([]);
  });
});

describe('the steps the diagrams play', () => {
  const at = (id: number) => ({ source: 'tc' as const, id, at: 1000 + id, tradeId: 't-1', xid: 'x-1' });
  const events = [
    { ...at(1), type: 'global.begun' as const, detail: { action: 'create' as const, status: 'Begin' as const, timeoutMs: 1 } },
    {
      ...at(2),
      type: 'branch.moved' as const,
      detail: { branchId: 'b-1', event: 'try.succeeded' as const, from: 'Registered' as const, to: 'PhaseOne_Done' as const },
    },
    {
      ...at(3),
      type: 'global.moved' as const,
      detail: { event: 'commit.requested' as const, from: 'Begin' as const, to: 'Committing' as const, attempts: 0 },
    },
    {
      ...at(4),
      type: 'branch.moved' as const,
      detail: { branchId: 'b-1', event: 'confirm.succeeded' as const, from: 'PhaseOne_Done' as const, to: 'PhaseTwo_Committed' as const },
    },
  ];

  it("are the log's moves of that transaction after the last one seen, oldest first, each machine's own", () => {
    expect(stepsOf(events, 'x-1', 2).map((s) => [s.mover.machine, s.from, s.to, s.eventId])).toEqual([
      ['global', 'Begin', 'Committing', 3],
      ['branch', 'PhaseOne_Done', 'PhaseTwo_Committed', 4],
    ]);
    expect(stepsOf(events, 'x-2', 0)).toEqual([]);
  });

  it('hold each token where its next step starts until it plays, then on its target, then where the log says', () => {
    const [committing, confirmed] = stepsOf(events, 'x-1', 2) as [TcStep, TcStep];
    const queue = { ...emptyQueue<TcStep>('live'), playing: committing, waiting: [confirmed] };
    const branch = { machine: 'branch', branchId: 'b-1' } as const;
    expect(shownAt(queue, { machine: 'global' }, 'Committed')).toBe('Committing');
    expect(shownAt(queue, branch, 'PhaseTwo_Committed')).toBe('PhaseOne_Done');
    expect(shownAt(emptyQueue<TcStep>('live'), branch, 'PhaseTwo_Committed')).toBe('PhaseTwo_Committed');
  });
});
