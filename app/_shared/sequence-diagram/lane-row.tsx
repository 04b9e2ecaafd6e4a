import { cutAt, labelBox, rowAnchor, rowHeight, xOf, type LanePositions } from './lane-geometry';
import type { LaneShape } from './lane-layout';

/** One shape, drawn in a row whose top is y = 0, on lanes at these positions. */
export function LaneShapeView({ shape, lanes }: { shape: LaneShape; lanes: LanePositions }) {
  const h = rowHeight(shape);
  switch (shape.kind) {
    case 'box':
    case 'note': {
      const { x, w: width } = labelBox(lanes, shape);
      return (
        <g className={`lane-${shape.kind} tone-${shape.tone}`}>
          <rect x={x} y={(h - 22) / 2} width={width} height={22} rx={5} />
          <text x={x + width / 2} y={h / 2} textAnchor="middle" dominantBaseline="central">
            {shape.label}
          </text>
        </g>
      );
    }
    case 'arrow': {
      const y = rowAnchor(shape, h);
      const x1 = xOf(lanes, shape.from);
      const x2 = xOf(lanes, shape.to);
      const dir = Math.sign(x2 - x1);
      return (
        <g className={`lane-arrow tone-${shape.tone}`}>
          <line
            x1={x1}
            y1={y}
            x2={x2 - dir * 6}
            y2={y}
            strokeDasharray={shape.dashed ? '5 4' : undefined}
            markerEnd={`url(#lane-head-${shape.tone})`}
          />
          <text x={labelBox(lanes, shape).x} y={y - 6}>
            {shape.label}
          </text>
        </g>
      );
    }
    case 'broken': {
      const y = rowAnchor(shape, h);
      const x1 = xOf(lanes, shape.from);
      const stop = cutAt(lanes, shape);
      const dir = Math.sign(stop - x1);
      return (
        <g className={`lane-broken tone-${shape.tone}`} data-broken="true">
          <line x1={x1} y1={y} x2={stop - dir * 9} y2={y} />
          <path className="lane-cut" d={`M ${stop - 5} ${y - 5} L ${stop + 5} ${y + 5} M ${stop - 5} ${y + 5} L ${stop + 5} ${y - 5}`} />
          <text x={labelBox(lanes, shape).x} y={y - 9}>
            ✕ {shape.label}
          </text>
        </g>
      );
    }
  }
}

/** Arrowheads, one per tone (a marker cannot take its line's colour everywhere). */
export function LaneMarkers() {
  return (
    <defs>
      {(['ink', 'ok', 'bad', 'warn', 'info', 'neutral'] as const).map((tone) => (
        <marker
          key={tone}
          id={`lane-head-${tone}`}
          className={`tone-${tone}`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" />
        </marker>
      ))}
    </defs>
  );
}
