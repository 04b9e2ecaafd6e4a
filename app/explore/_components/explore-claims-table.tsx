import type { ExploreReport, PropertyVerdict } from '@/app/_shared/lab-api';
import { count } from '@/app/_shared/ui/format';
import { scopeOf } from './explore-words';

const markOf = (p: PropertyVerdict) => (p.verdict === 'not explored' ? '–' : p.asPredicted ? '✓' : '✗');
const classOf = (p: PropertyVerdict) => (p.verdict === 'not explored' ? 'muted' : p.asPredicted ? 'verdict-consistent' : 'verdict-stuck');

/** The schedules behind a verdict: how many it speaks of, and how many break it (or show it). */
function behind(p: PropertyVerdict): string {
  if (p.verdict === 'not explored') return 'none in this bound';
  if (p.kind === 'reachable') return `${count(p.matching)} of ${count(p.schedules)} show it`;
  return p.matching ? `${count(p.matching)} of ${count(p.schedules)} break it` : count(p.schedules);
}

/** Each of the note's claims as a property, with the verdict the run came to. */
export function ExploreClaimsTable({ report }: { report: ExploreReport }) {
  return (
    <section className="panel explore-report" aria-labelledby="explore-claims-title">
      <h2 id="explore-claims-title">The note&apos;s claims, checked over every schedule</h2>
      <table className="explore-table explore-claims">
        <thead>
          <tr>
            <th scope="col">claim</th>
            <th scope="col">scope</th>
            <th scope="col">verdict</th>
            <th scope="col">as the note predicts</th>
            <th scope="col">schedules</th>
          </tr>
        </thead>
        <tbody>
          {report.properties.map((p) => (
            <tr key={p.id} data-property={p.id} data-verdict={p.verdict}>
              <th scope="row">
                {p.title}
                <span className="explore-claim muted">{p.claim}</span>
              </th>
              <td>{scopeOf(p)}</td>
              <td className={classOf(p)}>
                {markOf(p)} {/* A claim that breaks links to where the page says how. */}
                {p.asPredicted ? p.verdict : <a href={`#finding-${p.id}`}>{p.verdict}</a>}
              </td>
              <td className={classOf(p)}>{p.verdict === 'not explored' ? '—' : p.asPredicted ? 'yes' : 'no'}</td>
              <td className="num">{behind(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
