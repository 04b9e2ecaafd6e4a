import { describe, expect, it } from 'vitest';
import { toDirectedGraph } from 'xstate/graph';
import { payOrderMachine, payOrderStates } from '@/lib/pay-order/pay-order.machine';
import { layoutMachine } from './diagram-layout';
import { expectLabelsClear } from './layout-checks';

const layout = await layoutMachine(payOrderMachine);

describe('the pay-order diagram layout (elkjs, layered)', () => {
  it('draws every state of the machine once', () => {
    expect(layout.nodes.map((n) => n.state).sort()).toEqual([...payOrderStates].sort());
  });

  it('puts the initial state in the first layer and the final states in the last', () => {
    const x = (state: string) => layout.nodes.find((n) => n.state === state)!.box.x;
    const xs = layout.nodes.map((n) => n.box.x);
    expect(x('init')).toBe(Math.min(...xs));
    expect(x('confirmed')).toBe(Math.max(...xs));
    expect(x('cancelled')).toBe(Math.max(...xs));
  });

  it('draws every transition of the machine as one edge with exactly one label, self-loops included', () => {
    const transitions = toDirectedGraph(payOrderMachine).children.flatMap((c) =>
      c.edges.map((e) => `${e.source.key}->${e.target.key}:${e.label.text}`),
    );
    const drawn = layout.edges.map((e) => `${e.source}->${e.target}:${e.event}`);
    expect(drawn.sort()).toEqual(transitions.sort());
    expect(new Set(layout.edges.map((e) => e.key)).size).toBe(layout.edges.length);
    expect(layout.edges.filter((e) => e.source === e.target).map((e) => e.key)).toContain('unknown:call.unknown');
    for (const e of layout.edges) expect(e.path, e.key).toMatch(/^M [\d.]+ [\d.]+( L [\d.]+ [\d.]+)+$/);
  });

  it('keeps every label off the nodes, off the other labels, and inside the drawing', () => {
    expectLabelsClear(layout);
  });
});
