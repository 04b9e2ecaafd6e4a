import type { ExploreReport, PropertyVerdict } from '@/app/_shared/lab-api';
import { count } from '@/app/_shared/ui/format';
import { useExploreWords, type ExploreWords } from './explore-words';

const markOf = (p: PropertyVerdict) => (p.verdict === 'not explored' ? '–' : p.asPredicted ? '✓' : '✗');
const classOf = (p: PropertyVerdict) => (p.verdict === 'not explored' ? 'muted' : p.asPredicted ? 'verdict-consistent' : 'verdict-stuck');

/** The schedules behind a verdict: how many it speaks of, and how many break it (or show it). */
function behind({ t }: ExploreWords, p: PropertyVerdict): string {
  if (p.verdict === 'not explored') return t('explore.claimsTable.noneInBound');
  const counts = { matching: p.matching, schedules: p.schedules };
  if (p.kind === 'reachable') return t('explore.claimsTable.show', counts);
  return p.matching ? t('explore.claimsTable.break', counts) : count(p.schedules);
}

/** Each of the note's claims as a property, with the verdict the run came to. */
export function ExploreClaimsTable({ report }: { report: ExploreReport }) {
  const words = useExploreWords();
  const t = (key: string) => words.t(`explore.claimsTable.${key}`);
  return (
    <section className="panel explore-report" aria-labelledby="explore-claims-title">
      <h2 id="explore-claims-title">{t('title')}</h2>
      <table className="explore-table explore-claims">
        <thead>
          <tr>
            <th scope="col">{t('claim')}</th>
            <th scope="col">{t('scope')}</th>
            <th scope="col">{t('verdict')}</th>
            <th scope="col">{t('asPredicted')}</th>
            <th scope="col">{t('schedules')}</th>
          </tr>
        </thead>
        <tbody>
          {report.properties.map((p) => (
            <tr key={p.id} data-property={p.id} data-verdict={p.verdict}>
              <th scope="row">
                {words.titleOf(p)}
                <span className="explore-claim muted">{words.claimOf(p)}</span>
              </th>
              <td>{words.scopeOf(p)}</td>
              <td className={classOf(p)}>
                {markOf(p)} {/* A claim that breaks links to where the page says how. */}
                {p.asPredicted ? words.verdictName(p.verdict) : <a href={`#finding-${p.id}`}>{words.verdictName(p.verdict)}</a>}
              </td>
              <td className={classOf(p)}>{p.verdict === 'not explored' ? '—' : t(p.asPredicted ? 'yes' : 'no')}</td>
              <td className="num">{behind(words, p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
