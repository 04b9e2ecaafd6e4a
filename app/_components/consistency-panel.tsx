import type { ConsistencyReport, TradeList } from '@/app/_shared/lab-api';
import './consistency-panel.css';

/** The note's four quadrants; the two inconsistent ones name the case of the note that leaves a trade there. */
const quadrants = [
  { key: 'both', label: 'both', hint: '' },
  { key: 'tradeOnly', label: 'trade only', hint: 'case 3' },
  { key: 'payOnly', label: 'pay only', hint: 'case 4' },
  { key: 'neither', label: 'neither', hint: '' },
] as const;

/** Short names for the panel; the full sentence from the report is the tooltip. */
const invariantNames: Record<string, string> = {
  moneyConserved: 'money conserved',
  frozenMatchesReservations: 'frozen = open reservations',
  noHangingReservation: 'no hanging reservation',
  noDoubleReservation: 'no double reservation',
  answeredTradesPresent: 'every 201 trade exists',
};

interface Props {
  report: ConsistencyReport | null;
  trades: TradeList | null;
  onPick: (tradeId: string) => void;
}

/** The note's four quadrants, the verdicts and the global invariants, each failure naming its witnesses. */
export function ConsistencyPanel({ report, trades, onPick }: Props) {
  const items = trades?.items ?? [];
  const counts = report ?? {
    quadrants: Object.fromEntries(
      quadrants.map((q) => [q.key, items.filter((t) => t.quadrant === q.key).length]),
    ) as ConsistencyReport['quadrants'],
    verdicts: {
      consistent: items.filter((t) => t.verdict === 'consistent').length,
      converging: items.filter((t) => t.verdict === 'converging').length,
      stuck: items.filter((t) => t.verdict === 'stuck').length,
    },
  };
  const { consistent, converging, stuck } = counts.verdicts;
  return (
    <section className="consistency" aria-labelledby="consistency-title">
      <h2 id="consistency-title">Consistency</h2>
      <div className="quadrants">
        {quadrants.map((q) => (
          <div key={q.key} className={`quadrant quadrant-${q.key}`}>
            <strong>{counts.quadrants[q.key]}</strong>
            <span>
              {q.label}
              {q.hint && <span className="quadrant-hint"> · {q.hint}</span>}
            </span>
          </div>
        ))}
      </div>
      <p className={stuck ? 'verdict-stuck' : converging ? 'verdict-converging' : 'verdict-consistent'}>
        {consistent} consistent · {converging} converging · {stuck} stuck
      </p>
      {report ? (
        <ul className="invariants">
          {report.invariants.map((i) => (
            <li key={i.id} className={i.ok ? 'ok' : 'broken'} title={i.detail ? `${i.description}: ${i.detail}` : i.description}>
              {i.ok ? '✓' : '✗'} {invariantNames[i.id] ?? i.description}
              {!i.ok && <Witnesses ids={i.witnesses} count={i.witnessCount} onPick={onPick} />}
            </li>
          ))}
        </ul>
      ) : (
        trades &&
        trades.total > items.length && (
          <p className="muted">
            Counts cover the latest {items.length} of {trades.total} trades.
          </p>
        )
      )}
    </section>
  );
}

function Witnesses({ ids, count, onPick }: { ids: string[]; count: number; onPick: (id: string) => void }) {
  const shown = ids.slice(0, 5);
  return (
    <span className="witnesses">
      {' — '}
      {shown.map((id) => (
        <button key={id} type="button" className="link" onClick={() => onPick(id)}>
          {id}
        </button>
      ))}
      {count > shown.length && ` +${count - shown.length}`}
    </span>
  );
}
