import type { ExploreReport } from '@/app/_shared/lab-api';
import { count } from '@/app/_shared/ui/format';
import { sequenceNames, strategyName } from './explore-words';

/** How much was walked: the schedules, the states met again (not branched from twice), the distinct ends. */
export function ExploreCounts({ report }: { report: ExploreReport }) {
  const figures: [string, string][] = [
    ['schedules walked', count(report.schedules)],
    ['met a state already explored', count(report.merged)],
    ['distinct end states', count(report.distinctEndStates)],
    ['schedules per second', count(report.schedulesPerSecond)],
    ['seconds', (report.durationMs / 1000).toFixed(1)],
  ];
  return (
    <section className="panel explore-report" aria-labelledby="explore-counts-title">
      <h2 id="explore-counts-title">What was walked</h2>
      <dl className="explore-counts">
        {figures.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd className="num">{value}</dd>
          </div>
        ))}
      </dl>
      <details className="explore-configurations">
        <summary>By configuration ({report.configurations.length})</summary>
        <table className="explore-table">
          <thead>
            <tr>
              <th scope="col">strategy</th>
              <th scope="col">fence</th>
              <th scope="col">starting sequence</th>
              <th scope="col">schedules</th>
              <th scope="col">met a state already explored</th>
            </tr>
          </thead>
          <tbody>
            {report.configurations.map((c) => (
              <tr key={`${c.strategy}-${c.fence}-${c.sequence}`}>
                <td>{strategyName(c.strategy)}</td>
                <td>{c.fence}</td>
                <td>{sequenceNames[c.sequence]}</td>
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
