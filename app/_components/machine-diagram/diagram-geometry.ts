/** Plain geometry for the diagram layout: boxes, label extents, and where polylines cross. */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

export const lineHeight = 14;
/** An estimate for the 12px labels: close enough to keep them apart without measuring text. */
const charWidth = 6.9;

export function textBox(lines: string[], cx: number, cy: number): Box {
  const w = Math.max(...lines.map((l) => l.length)) * charWidth + 8;
  const h = lines.length * lineHeight + 4;
  return { x: cx - w / 2, y: cy - h / 2, w, h };
}

export const pad = (b: Box, p: number): Box => ({ x: b.x - p, y: b.y - p, w: b.w + 2 * p, h: b.h + 2 * p });
export const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
export const contains = (b: Box, p: Point) => p.x > b.x && p.x < b.x + b.w && p.y > b.y && p.y < b.y + b.h;

export function crossCount(a: Point[], b: Point[]): number {
  let n = 0;
  for (let i = 1; i < a.length; i++) for (let j = 1; j < b.length; j++) if (segmentsCross(a[i - 1]!, a[i]!, b[j - 1]!, b[j]!)) n++;
  return n;
}

function segmentsCross(p: Point, q: Point, u: Point, v: Point): boolean {
  const side = (a: Point, b: Point, c: Point) => Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
  return side(p, q, u) !== side(p, q, v) && side(u, v, p) !== side(u, v, q);
}
