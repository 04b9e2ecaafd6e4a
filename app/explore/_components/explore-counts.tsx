import type { ExploreReport } from '@/app/_shared/lab-api';
import { count } from '@/app/_shared/ui/format';
import { useExploreWords } from './explore-words';

/** How much was walked: the schedules, the states met again (not branched from twice), the distinct ends. */
export function ExploreCounts({ report }: { report: ExploreReport }) {
  const words = useExploreWords();
  const t = (key: string, values?: Record<string, number>) => words.t(`explore.counts.${key}`, values);
  const figures: [string, string][] = [
    [t('schedules'), count(report.schedules)],
    [t('merged'), count(report.merged)],
    [t('ends'), count(report.distinctEndStates)],
    [t('perSecond'), count(report.schedulesPerSecond)],
    [t('seconds'), (report.durationMs / 1000).toFixed(1)],
  ];
  return (
    <section className="panel explore-report" aria-labelledby="explore-counts-title">
      <h2 id="explore-counts-title">{t('title')}</h2>
      <dl className="explore-counts">
        {figures.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd className="num">{value}</dd>
          </div>
        ))}
      </dl>
      <details className="explore-configurations">
        <summary>{t('byConfiguration', { n: report.configurations.length })}</summary>
        <table className="explore-table">
          <thead>
            <tr>
              <th scope="col">{t('strategy')}</th>
              <th scope="col">{t('fence')}</th>
              <th scope="col">{t('sequence')}</th>
              <th scope="col">{t('schedulesColumn')}</th>
              <th scope="col">{t('merged')}</th>
            </tr>
          </thead>
          <tbody>
            {report.configurations.map((c) => (
              <tr key={`${c.strategy}-${c.fence}-${c.sequence}`}>
                <td>{words.strategyName(c.strategy)}</td>
                <td>{words.fenceName(c.fence)}</td>
                <td>{words.sequenceName(c.sequence)}</td>
                <td className="num">{count(c.schedules)}</td>
                <td className="num">{count(c.merged)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
