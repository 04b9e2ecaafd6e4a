import ELK, { type ElkExtendedEdge, type ElkNode, type ElkPoint } from 'elkjs/lib/elk.bundled.js';
import type { AnyStateMachine } from 'xstate';
import { toDirectedGraph } from 'xstate/graph';
import { payOrderMachine } from '@/lib/pay-order/pay-order.machine';
import { labelParts, labelSize, type Box } from './diagram-geometry';

export interface NodeLayout {
  /** The state's key, e.g. `unknown` (its graph id is `payOrder.unknown`). */
  state: string;
  description: string | undefined;
  final: boolean;
  cx: number;
  cy: number;
  box: Box;
}

export interface EdgeLayout {
  /** `source:event` — one edge per transition of the machine (a state takes an event one way). */
  key: string;
  source: string;
  target: string;
  event: string;
  path: string;
  /** Where the layout put the edge's label. */
  label: Box;
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodes: NodeLayout[];
  edges: EdgeLayout[];
}

const nodeSize = { width: 100, height: 36 };
const margin = 8;

// Layered, as Stately's visualizer draws machines: states in layers left to right, edges routed
// around them, and each label given its own place by the layout rather than squeezed in after.
const layoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.spacing.edgeLabel': '2',
  'elk.layered.spacing.nodeNodeBetweenLayers': '10',
  'elk.layered.spacing.edgeNodeBetweenLayers': '5',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '4',
  'elk.spacing.nodeNode': '16',
  'elk.spacing.edgeEdge': '5',
  'elk.spacing.edgeNode': '8',
  'elk.padding': `[top=${margin},left=${margin},bottom=${margin},right=${margin}]`,
};

/** How a machine is laid out besides its graph: each state's box (names differ in length), and which way the layers go. */
export interface LayoutChoices {
  nodeSize?: (state: string) => { width: number; height: number };
  direction?: 'RIGHT' | 'DOWN';
}

/**
 * Lays the machine out from its own graph, so a new state or transition shows up without touching
 * this file: every state a node, every transition an edge of its own with its event as the label.
 */
export async function layoutMachine(machine: AnyStateMachine, choices: LayoutChoices = {}): Promise<DiagramLayout> {
  const graph = toDirectedGraph(machine);
  const stateNodes = graph.children.map((c) => c.stateNode);
  const transitions = graph.children.flatMap((c) =>
    c.edges.map((e) => ({ source: e.source.key, target: e.target.key, event: e.label.text, key: `${e.source.key}:${e.label.text}` })),
  );
  const input: ElkNode = {
    id: machine.id,
    layoutOptions: { ...layoutOptions, 'elk.direction': choices.direction ?? layoutOptions['elk.direction'] },
    children: stateNodes.map((s) => ({ id: s.key, ...(choices.nodeSize?.(s.key) ?? nodeSize) })),
    edges: transitions.map((t) => ({
      id: t.key,
      sources: [t.source],
      targets: [t.target],
      labels: [{ id: `label ${t.key}`, text: t.event, ...labelSize(labelParts(t.event)) }],
    })),
  };
  const out = await new ELK().layout(input);
  const placed = new Map((out.children ?? []).map((n) => [n.id, n]));
  const routed = new Map((out.edges ?? []).map((e) => [e.id, e]));

  const nodes = stateNodes.map((s): NodeLayout => {
    const n = placed.get(s.key)!;
    const box = { x: n.x!, y: n.y!, w: n.width!, h: n.height! };
    return { state: s.key, description: s.description, final: s.type === 'final', cx: box.x + box.w / 2, cy: box.y + box.h / 2, box };
  });
  const edges = transitions.map((t): EdgeLayout => {
    const e = routed.get(t.key)!;
    const l = e.labels![0]!;
    return { ...t, path: pathOf(e), label: { x: l.x!, y: l.y!, w: l.width!, h: l.height! } };
  });
  return { width: out.width!, height: out.height!, nodes, edges };
}

function pathOf(edge: ElkExtendedEdge): string {
  return (edge.sections ?? [])
    .map((s) => {
      const points: ElkPoint[] = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint];
      return points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${r(p.x)} ${r(p.y)}`).join(' ');
    })
    .join(' ');
}

const r = (n: number) => Math.round(n * 10) / 10;

let cached: Promise<DiagramLayout> | undefined;

/** The pay-order machine's layout: it never changes at run time, so the server computes it once. */
export function payOrderLayout(): Promise<DiagramLayout> {
  return (cached ??= layoutMachine(payOrderMachine));
}
