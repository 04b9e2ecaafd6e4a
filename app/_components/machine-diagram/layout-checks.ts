import { expect } from 'vitest';
import { overlaps } from './diagram-geometry';
import type { DiagramLayout } from './diagram-layout';

/** What every machine's layout must keep (a test's check): each label off the nodes, off the other labels, inside the drawing. */
export function expectLabelsClear(layout: DiagramLayout) {
  for (const [i, { key, label }] of layout.edges.entries()) {
    expect(
      layout.nodes.filter((n) => overlaps(n.box, label)).map((n) => n.state),
      key,
    ).toEqual([]);
    expect(
      layout.edges.filter((other, j) => j !== i && overlaps(other.label, label)).map((o) => o.key),
      key,
    ).toEqual([]);
    expect(label.x >= 0 && label.y >= 0 && label.x + label.w <= layout.width && label.y + label.h <= layout.height, key).toBe(true);
  }
}
