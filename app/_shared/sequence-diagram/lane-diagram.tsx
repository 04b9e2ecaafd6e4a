import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { lanePositions, lanesOf, laneWidth, rowAnchor, rowHeight, xOf } from './lane-geometry';
import type { LaneRow } from './lane-layout';
import { LaneMarkers, LaneShapeView } from './lane-row';
import './lane-diagram.css';

const top = 40;
const bottomPad = 16;

interface Props {
  tradeId: string;
  rows: LaneRow[];
  /** Rows of later steps are dimmed: the replay's position. */
  step: number;
}

/**
 * The sequence diagram: four lanes (five with the coordinator's), one row per thing that happened, in time order. Each row
 * group names its event type (and fault), so a test or a reader can find "the lost reply".
 */
export function LaneDiagram({ tradeId, rows, step }: Props) {
  const { placed, height } = placeRows(rows);
  // One id per drawing: a page with several diagrams gives each its own name.
  const titleId = useId();
  const t = useTranslations('lanes');
  const tc = useTranslations('coordinatorView.lanes');
  const lanes = lanesOf(rows);
  const positions = lanePositions(lanes);

  return (
    <svg className="lanes" viewBox={`0 0 ${laneWidth} ${height}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{t('title', { id: tradeId, rows: rows.length, step })}</title>
      <LaneMarkers />
      {lanes.map((lane) => (
        <g key={lane} className={`lane-head lane-head-${lane}`}>
          <text x={xOf(positions, lane)} y={20} textAnchor="middle">
            {lane === 'tc' ? tc('name') : t(`names.${lane}`)}
          </text>
          <line x1={xOf(positions, lane)} y1={30} x2={xOf(positions, lane)} y2={height - 6} />
        </g>
      ))}
      {placed.map(({ row, y: rowY, h, showTime }) => {
        const state = row.step > step ? 'future' : row.step === step ? 'current' : 'past';
        return (
          <g
            key={row.key}
            className={`lane-row lane-${state}`}
            transform={`translate(0 ${rowY})`}
            data-event-type={row.eventType}
            data-fault={row.fault ?? undefined}
            data-step={row.step}
          >
            {state === 'current' && <rect className="lane-band" x={0} y={0} width={laneWidth} height={h} />}
            {showTime && (
              <text className="lane-time" x={8} y={rowAnchor(row.shape, h)} dominantBaseline="central">
                +{row.offsetMs} ms
              </text>
            )}
            <LaneShapeView shape={row.shape} lanes={positions} />
          </g>
        );
      })}
    </svg>
  );
}

/** Stacks the rows from the top; a row shows its time only when it differs from the row above. */
function placeRows(rows: LaneRow[]) {
  let y = top;
  const placed = rows.map((row, i) => {
    const h = rowHeight(row.shape);
    const at = { row, y, h, showTime: row.offsetMs !== rows[i - 1]?.offsetMs };
    y += h;
    return at;
  });
  return { placed, height: y + bottomPad };
}
