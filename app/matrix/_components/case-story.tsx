import type { CaseMatrixRun } from '@/app/_shared/lab-api';
import { LaneDiagram } from '@/app/_shared/sequence-diagram/lane-diagram';
import { layoutLanes } from '@/app/_shared/sequence-diagram/lane-layout';
import { faultLabel } from '@/app/_shared/ui/fault-label';
import { quadrantOfPair, cellName } from '@/lib/note/case-matrix';
import { caseCause, pairText } from './case-names';

type CaseResult = CaseMatrixRun['cells'][number];

/** One cell told in full: what the note expects, what the lab saw, and the trade's sequence diagram. */
export function CaseStory({ result }: { result: CaseResult }) {
  const { cell, trade } = result;
  const layout = layoutLanes(trade, faultLabel);
  const rows = [
    { when: 'right after the flow', expected: cell.after, seen: result.after },
    { when: 'after the retry', expected: cell.retried, seen: result.retried },
  ];
  return (
    <section className="panel case-story" aria-labelledby="case-story-title" data-cell={`${cell.op}-${cell.strategy}-${cell.case}`}>
      <h2 id="case-story-title">
        {cellName(cell)} · {caseCause(cell)}{' '}
        <span className="muted">
          · trade {trade.id} of the scratch lab · the note says: {cell.verdict}
        </span>
      </h2>
      <p className="case-why">{cell.why}</p>
      <table className="case-compare">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">the note expects (caller, provider)</th>
            <th scope="col">the lab saw</th>
            <th scope="col">quadrant</th>
            <th scope="col">verdict</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.when}>
              <th scope="row">{r.when}</th>
              <td>{pairText(r.expected)}</td>
              <td className={pairText(r.expected) === pairText(r.seen.pair) ? undefined : 'error'}>{pairText(r.seen.pair)}</td>
              <td>
                <span className={`chip quadrant-${r.seen.quadrant}`}>{r.seen.quadrant}</span>
                {r.seen.quadrant !== quadrantOfPair(r.expected) && <span className="error"> (expected {quadrantOfPair(r.expected)})</span>}
              </td>
              <td className={`verdict-${r.seen.verdict}`}>{r.seen.verdict}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.mismatches.length > 0 && (
        <ul className="case-mismatches" aria-label="Where the lab departs from the note">
          {result.mismatches.map((m) => (
            <li key={m} className="error">
              {m}
            </li>
          ))}
        </ul>
      )}
      <LaneDiagram tradeId={trade.id} rows={layout.rows} step={layout.steps.length} />
    </section>
  );
}
