import type { AnyStateMachine } from 'xstate';
import { toDirectedGraph } from 'xstate/graph';
import { contains, crossCount, overlaps, pad, textBox, type Box, type Point } from './diagram-geometry';

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
  /** `source->target`, by state key: every event between the same two states shares one edge. */
  key: string;
  source: string;
  target: string;
  events: string[];
  path: string;
  label: { x: number; y: number };
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodes: NodeLayout[];
  edges: EdgeLayout[];
}

const size = { width: 740, height: 420, marginX: 78, marginY: 62, nodeW: 128, nodeH: 40 };
const loopRise = 30;

/**
 * Lays the machine out from its own graph, so a new state or transition shows up without
 * touching this file: columns by BFS depth from the initial state (final states last), rows
 * by the order the states are declared, one edge per (source, target) pair, each bent as little
 * as it can while it and its label stay clear of nodes, labels and other edges.
 */
export function layoutMachine(machine: AnyStateMachine): DiagramLayout {
  const graph = toDirectedGraph(machine);
  const keyOf = new Map(graph.children.map((c) => [c.id, c.stateNode.key]));
  const columns = columnsOf(graph.children, machine.root.initial?.target[0]?.id);
  const nodes = placeNodes(graph.children, columns);
  const byState = new Map(nodes.map((n) => [n.state, n]));

  const groups = new Map<string, { source: string; target: string; events: string[] }>();
  for (const edge of graph.children.flatMap((c) => c.edges)) {
    const source = keyOf.get(edge.source.id)!;
    const target = keyOf.get(edge.target.id)!;
    const key = `${source}->${target}`;
    const group = groups.get(key) ?? groups.set(key, { source, target, events: [] }).get(key)!;
    group.events.push(edge.label.text);
  }

  const placed: Placed = { obstacles: nodes.map((n) => pad(n.box, 6)), lines: [] };
  const edges: EdgeLayout[] = [];
  const all = [...groups.entries()];
  // Loops first: they have one place to go, so the edges route around them and their labels.
  for (const [key, g] of all.filter(([, g]) => g.source === g.target)) {
    const loop = selfLoop(byState.get(g.source)!, g.events);
    placed.obstacles.push(loop.area, loop.labelBox);
    edges.push({ key, ...g, path: loop.path, label: loop.label });
  }
  // Short edges next, as they have the fewest ways round.
  const span = ([, g]: [string, { source: string; target: string }]) => Math.abs(byState.get(g.source)!.cx - byState.get(g.target)!.cx);
  for (const [key, g] of all.filter(([, g]) => g.source !== g.target).sort((a, b) => span(a) - span(b))) {
    const from = byState.get(g.source)!;
    const to = byState.get(g.target)!;
    const curve = bestCurve(from, to, g.events, groups.has(`${g.target}->${g.source}`), placed);
    placed.obstacles.push(curve.labelBox);
    placed.lines.push(curve.line);
    edges.push({ key, ...g, path: curve.path, label: curve.label });
  }
  return { width: size.width, height: size.height, nodes, edges };
}

type GraphNode = ReturnType<typeof toDirectedGraph>['children'][number];

function columnsOf(children: GraphNode[], initialId: string | undefined): Map<string, number> {
  const depth = new Map<string, number>(initialId ? [[initialId, 0]] : []);
  const queue = initialId ? [initialId] : [];
  const byId = new Map(children.map((c) => [c.id, c]));
  while (queue.length) {
    const id = queue.shift()!;
    for (const edge of byId.get(id)?.edges ?? []) {
      if (depth.has(edge.target.id)) continue;
      depth.set(edge.target.id, depth.get(id)! + 1);
      queue.push(edge.target.id);
    }
  }
  const isFinal = (c: GraphNode) => c.stateNode.type === 'final';
  const lastLive = Math.max(0, ...children.filter((c) => !isFinal(c)).map((c) => depth.get(c.id) ?? 0));
  // Final states end every path, so they read best as the last column.
  return new Map(children.map((c) => [c.id, isFinal(c) ? lastLive + 1 : (depth.get(c.id) ?? 0)]));
}

function placeNodes(children: GraphNode[], columns: Map<string, number>): NodeLayout[] {
  const count = Math.max(...columns.values()) + 1;
  const colX = (col: number) => size.marginX + (count === 1 ? 0 : (col * (size.width - 2 * size.marginX)) / (count - 1));
  return children.flatMap((c) => {
    const col = columns.get(c.id)!;
    const mates = children.filter((o) => columns.get(o.id) === col).sort((a, b) => a.stateNode.order - b.stateNode.order);
    const row = mates.indexOf(c);
    const cx = colX(col);
    const cy = size.marginY + ((size.height - 2 * size.marginY) * (row + 0.5)) / mates.length;
    const box = { x: cx - size.nodeW / 2, y: cy - size.nodeH / 2, w: size.nodeW, h: size.nodeH };
    return [{ state: c.stateNode.key, description: c.stateNode.description, final: c.stateNode.type === 'final', cx, cy, box }];
  });
}

function selfLoop(node: NodeLayout, events: string[]) {
  // Loops point away from the diagram's middle, where the other edges run.
  const dir = node.cy <= size.height / 2 ? -1 : 1;
  const y0 = dir < 0 ? node.box.y : node.box.y + node.box.h;
  const apex = y0 + dir * loopRise * 1.33;
  const path = `M ${node.cx - 12} ${y0} C ${node.cx - 36} ${apex} ${node.cx + 36} ${apex} ${node.cx + 12} ${y0}`;
  const labelBox = textBox(events, 0, 0);
  const labelY = y0 + dir * (loopRise + 6 + labelBox.h / 2);
  return {
    path,
    area: { x: node.cx - 30, y: Math.min(y0, y0 + dir * loopRise), w: 60, h: loopRise },
    label: { x: node.cx, y: labelY },
    labelBox: textBox(events, node.cx, labelY),
  };
}

interface Placed {
  obstacles: Box[];
  /** Edges already drawn, as polylines: a new edge should cross as few as it can. */
  lines: Point[][];
}

function bestCurve(from: NodeLayout, to: NodeLayout, events: string[], hasReverse: boolean, placed: Placed) {
  // A pair of opposite edges must bend (each to its own left) or they would be drawn on top of each other.
  const steps = [28, 56, 84, 112, 140, 196, 252, 308];
  const offsets = hasReverse ? steps : [0, ...steps.flatMap((s) => [s, -s])];
  const ends = [pad(from.box, 6), pad(to.box, 6)];
  // An edge may touch its own nodes (and the loops on them), nothing else.
  const solid = placed.obstacles.filter((o) => !ends.some((e) => overlaps(o, e)));
  let best: { cost: number; curve: Curve } | undefined;
  for (const offset of offsets) {
    for (const t of [0.5, 0.35, 0.65, 0.25, 0.75]) {
      const c = curve(from, to, events, offset, t);
      // Penalties, not rules: when the diagram is crowded the least bad drawing still wins.
      const clipped = inside(c.labelBox) ? 0 : 1;
      const labelHits = placed.obstacles.filter((o) => overlaps(o, c.labelBox)).length;
      const lineHits = c.line.filter((p) => solid.some((o) => contains(o, p))).length;
      const crossings = placed.lines.reduce((n, line) => n + crossCount(c.line, line), 0);
      const labelOnLine = placed.lines.some((line) => line.some((p) => contains(c.labelBox, p)));
      const cost =
        100 * clipped +
        40 * labelHits +
        10 * lineHits +
        3 * crossings +
        (labelOnLine ? 12 : 0) +
        Math.abs(offset) / 28 +
        Math.abs(t - 0.5) * 2;
      if (!best || cost < best.cost) best = { cost, curve: c };
    }
  }
  return best!.curve;
}

type Curve = ReturnType<typeof curve>;

function curve(from: NodeLayout, to: NodeLayout, events: string[], offset: number, labelAt: number) {
  const dx = to.cx - from.cx;
  const dy = to.cy - from.cy;
  const len = Math.hypot(dx, dy);
  const normal = { x: dy / len, y: -dx / len };
  const control = { x: (from.cx + to.cx) / 2 + normal.x * offset, y: (from.cy + to.cy) / 2 + normal.y * offset };
  const start = boundary(from, control);
  const end = boundary(to, control);
  const at = (t: number): Point => ({
    x: (1 - t) ** 2 * start.x + 2 * (1 - t) * t * control.x + t ** 2 * end.x,
    y: (1 - t) ** 2 * start.y + 2 * (1 - t) * t * control.y + t ** 2 * end.y,
  });
  const anchor = at(labelAt);
  const box = textBox(events, 0, 0);
  // A straight edge carries its label on the line; a bent one beside it, on the outside of the bend.
  const side = Math.sign(offset);
  const push = side === 0 ? 0 : Math.abs(normal.x) * (box.w / 2) + Math.abs(normal.y) * (box.h / 2) + 3;
  const label = { x: anchor.x + normal.x * side * push, y: anchor.y + normal.y * side * push };
  return {
    path: `M ${r(start.x)} ${r(start.y)} Q ${r(control.x)} ${r(control.y)} ${r(end.x)} ${r(end.y)}`,
    label,
    labelBox: textBox(events, label.x, label.y),
    // Trimmed at both ends: edges meeting at a node do not count as crossing.
    line: Array.from({ length: 21 }, (_, i) => at(0.08 + i * 0.042)),
  };
}

/** Where the line from a node's centre towards `toward` leaves the node's box. */
function boundary(node: NodeLayout, toward: Point): Point {
  const dx = toward.x - node.cx;
  const dy = toward.y - node.cy;
  const t = Math.min(dx === 0 ? Infinity : node.box.w / 2 / Math.abs(dx), dy === 0 ? Infinity : node.box.h / 2 / Math.abs(dy));
  return { x: node.cx + dx * t, y: node.cy + dy * t };
}

const inside = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.w <= size.width && b.y + b.h <= size.height;
const r = (n: number) => Math.round(n * 10) / 10;
