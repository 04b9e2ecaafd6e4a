import type { Lane, LaneShape } from './lane-layout';

export const laneWidth = 1000;
export const laneX: Record<Lane, number> = { client: 150, trade: 390, network: 640, pay: 880 };

const charWidth = 6.2;
const rowHeights: Record<LaneShape['kind'], number> = { box: 29, note: 28, arrow: 33, broken: 33 };

export const rowHeight = (shape: LaneShape) => rowHeights[shape.kind];

/** The y a row's time label lines up with: an arrow's line, a box's middle. */
export const rowAnchor = (shape: LaneShape, height: number) =>
  shape.kind === 'arrow' || shape.kind === 'broken' ? height - 10 : height / 2;

/** One shape, drawn in a row whose top is y = 0. */
export function LaneShapeView({ shape }: { shape: LaneShape }) {
  const h = rowHeight(shape);
  switch (shape.kind) {
    case 'box':
    case 'note': {
      const width = Math.max(90, shape.label.length * charWidth + 18);
      const x = Math.min(Math.max(laneX[shape.lane] - width / 2, 4), laneWidth - width - 4);
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
      const x1 = laneX[shape.from];
      const x2 = laneX[shape.to];
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
          <text x={Math.min(x1, x2) + 14} y={y - 6}>
            {shape.label}
          </text>
        </g>
      );
    }
    case 'broken': {
      const y = rowAnchor(shape, h);
      const x1 = laneX[shape.from];
      const stop = laneX.network;
      const dir = Math.sign(stop - x1);
      const left = Math.min(x1, stop);
      return (
        <g className={`lane-broken tone-${shape.tone}`} data-broken="true">
          <line x1={x1} y1={y} x2={stop - dir * 9} y2={y} />
          <path className="lane-cut" d={`M ${stop - 5} ${y - 5} L ${stop + 5} ${y + 5} M ${stop - 5} ${y + 5} L ${stop + 5} ${y - 5}`} />
          <text x={left + 14 + (dir < 0 ? 10 : 0)} y={y - 9}>
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
