import type { Lane, LaneShape } from './lane-shapes';

/** Where things go in the sequence diagram: plain numbers, so a test can check them without drawing. */

export const laneWidth = 1000;

/** The lanes a trade's story needs: the coordinator's only where the trade has global transactions. */
export const lanesWithout = ['client', 'trade', 'network', 'pay'] as const satisfies readonly Lane[];
export const lanesWith = ['client', 'trade', 'tc', 'network', 'pay'] as const satisfies readonly Lane[];

const touches = (shape: LaneShape): Lane[] =>
  shape.kind === 'arrow' ? [shape.from, shape.to] : shape.kind === 'broken' ? [shape.from, ...(shape.to ? [shape.to] : [])] : [shape.lane];

/** The lanes these rows are drawn on: the coordinator's only when a row stands on it. */
export const lanesOf = (rows: readonly { shape: LaneShape }[]): readonly Lane[] =>
  rows.some((row) => touches(row.shape).includes('tc')) ? lanesWith : lanesWithout;

export type LanePositions = Partial<Record<Lane, number>>;

const positionsWithout: LanePositions = { client: 150, trade: 390, network: 640, pay: 880 };
// The coordinator stands between the trade service and the network it reaches the pay service over.
const positionsWith: LanePositions = { client: 95, trade: 290, tc: 540, network: 725, pay: 900 };

export const lanePositions = (lanes: readonly Lane[]): LanePositions => (lanes.includes('tc') ? positionsWith : positionsWithout);

/** The x of a lane the diagram draws; a shape on a lane it does not draw is a bug in the layout. */
export function xOf(positions: LanePositions, lane: Lane): number {
  const x = positions[lane];
  if (x === undefined) throw new Error(`the sequence diagram draws no ${lane} lane here`);
  return x;
}

export const charWidth = 6.2;
const rowHeights: Record<LaneShape['kind'], number> = { box: 29, note: 28, arrow: 33, broken: 33 };

export const rowHeight = (shape: LaneShape) => rowHeights[shape.kind];

/** The y a row's time label lines up with: an arrow's line, a box's middle. */
export const rowAnchor = (shape: LaneShape, height: number) =>
  shape.kind === 'arrow' || shape.kind === 'broken' ? height - 10 : height / 2;

/**
 * Where a broken arrow is cut: on the network lane, as a lost call to the provider always was; a
 * message to or from the coordinator is cut half way, on the hop it was lost on.
 */
export function cutAt(positions: LanePositions, shape: Extract<LaneShape, { kind: 'broken' }>): number {
  if (!shape.to || shape.to === 'pay' || !positions.network) return xOf(positions, 'network');
  return (xOf(positions, shape.from) + xOf(positions, shape.to)) / 2;
}

export interface LabelBox {
  x: number;
  w: number;
}

/** The horizontal room a shape's label takes (an estimate for the 11px text: no measuring). */
export function labelBox(positions: LanePositions, shape: LaneShape): LabelBox {
  const text = shape.label.length * charWidth;
  switch (shape.kind) {
    case 'box':
    case 'note': {
      const w = Math.max(90, text + 18);
      return { x: Math.min(Math.max(xOf(positions, shape.lane) - w / 2, 4), laneWidth - w - 4), w };
    }
    case 'arrow':
      return { x: Math.min(xOf(positions, shape.from), xOf(positions, shape.to)) + 14, w: text };
    case 'broken': {
      const left = Math.min(xOf(positions, shape.from), cutAt(positions, shape));
      const leftward = cutAt(positions, shape) < xOf(positions, shape.from);
      // "✕ " goes before the label.
      return { x: left + 14 + (leftward ? 10 : 0), w: text + 2 * charWidth };
    }
  }
}
