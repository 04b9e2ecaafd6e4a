import { describe, expect, it } from 'vitest';
import { toDirectedGraph } from 'xstate/graph';
import { payOrderMachine, payOrderStates } from '@/lib/pay-order/pay-order.machine';
import { textBox, type Box } from './diagram-geometry';
import { layoutMachine } from './diagram-layout';

const layout = layoutMachine(payOrderMachine);
const node = (state: string) => layout.nodes.find((n) => n.state === state)!;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('the pay-order diagram layout', () => {
  it('draws every state of the machine once', () => {
    expect(layout.nodes.map((n) => n.state).sort()).toEqual([...payOrderStates].sort());
  });

  it('puts the initial state first, the final states last, the rest by BFS depth between', () => {
    expect(node('init').cx).toBeLessThan(node('trySuccess').cx);
    expect(node('trySuccess').cx).toBe(node('unknown').cx);
    expect(node('confirmed').cx).toBe(node('cancelled').cx);
    expect(node('unknown').cx).toBeLessThan(node('confirmed').cx);
  });

  it('carries every transition of the machine on exactly one edge, self-loops included', () => {
    const transitions = toDirectedGraph(payOrderMachine).children.flatMap((c) =>
      c.edges.map((e) => `${e.source.key}->${e.target.key}:${e.label.text}`),
    );
    const drawn = layout.edges.flatMap((e) => e.events.map((event) => `${e.key}:${event}`));
    expect(drawn.sort()).toEqual(transitions.sort());
    expect(layout.edges.find((e) => e.key === 'unknown->unknown')?.events).toEqual(['cancel.requested', 'call.unknown']);
  });

  it('keeps labels off the nodes and off each other', () => {
    const labels = layout.edges.map((e) => textBox(e.events, e.label.x, e.label.y));
    for (const [i, label] of labels.entries()) {
      expect(
        layout.nodes.filter((n) => overlaps(n.box, label)),
        layout.edges[i]!.key,
      ).toEqual([]);
      expect(
        labels.filter((other, j) => j !== i && overlaps(other, label)),
        layout.edges[i]!.key,
      ).toEqual([]);
    }
  });
});
