'use client';

import { useTranslations } from 'next-intl';
import type { ConsistencyReport } from '@/app/_shared/lab-api';
import './consistency-panel.css';

/** The note's four quadrants; the two inconsistent ones name the case of the note that leaves a trade there. */
const quadrants = [
  { key: 'both', hint: null },
  { key: 'tradeOnly', hint: 3 },
  { key: 'payOnly', hint: 4 },
  { key: 'neither', hint: null },
] as const;

interface Props {
  /** The auditor's report, as the server counted it; null until the first one arrives. */
  report: ConsistencyReport | null;
  onPick: (tradeId: string) => void;
}

/** The note's four quadrants, the verdicts and the global invariants, each failure naming its witnesses: the server's counts, drawn. */
export function ConsistencyPanel({ report, onPick }: Props) {
  const t = useTranslations('dashboard.consistency');
  const all = useTranslations();
  // Each invariant by its short name, the report's full sentence its tooltip: in the reader's language when the catalog knows it.
  type Invariant = ConsistencyReport['invariants'][number];
  const known = (i: Invariant) => all.has(`invariants.${i.id}`);
  const described = (i: Invariant) => (known(i) ? all(`invariants.${i.id}`) : i.description);
  return (
    <section className="consistency" aria-labelledby="consistency-title">
      <h2 id="consistency-title">{t('title')}</h2>
      <div className="quadrants">
        {quadrants.map((q) => (
          <div key={q.key} className={`quadrant quadrant-${q.key}`}>
            <strong>{report ? report.quadrants[q.key] : '—'}</strong>
            <span>
              {t(`quadrants.${q.key}`)}
              {q.hint && <span className="quadrant-hint"> · {t('hint', { n: q.hint })}</span>}
            </span>
          </div>
        ))}
      </div>
      {report && <Verdicts {...report.verdicts} />}
      {report && (
        <ul className="invariants">
          {report.invariants.map((i) => (
            <li
              key={i.id}
              className={i.ok ? 'ok' : 'broken'}
              title={i.detail ? t('detail', { description: described(i), detail: i.detail }) : described(i)}
            >
              {i.ok ? '✓' : '✗'} {known(i) ? t(`invariants.${i.id}`) : i.description}
              {!i.ok && <Witnesses ids={i.witnesses} count={i.witnessCount} onPick={onPick} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Verdicts({ consistent, converging, stuck }: ConsistencyReport['verdicts']) {
  const t = useTranslations('dashboard.consistency');
  return (
    <p className={stuck ? 'verdict-stuck' : converging ? 'verdict-converging' : 'verdict-consistent'}>
      {t('verdicts', { consistent, converging, stuck })}
    </p>
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
