import type { ChaosRunReport } from '@/app/_shared/lab-api';
import { faultLabel } from '@/app/_shared/ui/fault-label';
import { count } from '@/app/_shared/ui/format';
import { ChaosStuckTrades } from './chaos-stuck-trades';
import { ChaosTimeline } from './chaos-timeline';
import { HeadRow } from './head-row';

type Books = ChaosRunReport['stages']['afterFlows'];

const stages: [keyof ChaosRunReport['stages'], string][] = [
  ['afterFlows', 'after the flows'],
  ['afterRecovery', 'after recovery'],
  ['afterReconcile', 'after reconciliation'],
];

const tallies = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key}: ${count(n)}`)
    .join(' · ');

/** What the random run found: per strategy, the books after each stage, the faults and what is left stuck. */
export function ChaosRunReportView({ report }: { report: ChaosRunReport }) {
  const money = report.stages.afterReconcile.invariants.find((i) => i.id === 'moneyConserved');
  return (
    <>
      <section className="panel chaos-report" aria-labelledby="chaos-outcome-title">
        <h2 id="chaos-outcome-title">Where the trades ended</h2>
        <table className="chaos-table">
          <HeadRow names={['strategy', 'trades', 'consistent', 'converging', 'stuck']} />
          <tbody>
            {(['v1', 'v2'] as const)
              .filter((s) => report.byStrategy[s].trades > 0)
              .map((s) => {
                const row = report.byStrategy[s];
                return (
                  <tr key={s} data-strategy={s}>
                    <th scope="row">{s.toUpperCase()}</th>
                    <td className="num">{count(row.trades)}</td>
                    <td className="num verdict-consistent">{count(row.consistent)}</td>
                    <td className="num verdict-converging">{count(row.converging)}</td>
                    <td className="num verdict-stuck">{count(row.stuck)}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
        <p className="chaos-money">{money?.detail}</p>
        <p className="muted">
          Recovery: {count(report.recovery.sweeps)} sweep{report.recovery.sweeps === 1 ? '' : 's'}, {count(report.recovery.attempts)}{' '}
          retries
          {report.recovery.settled ? ' — every owed call got a definite answer.' : ' — still owed when the sweeps ran out.'} Reconciliation
          cancelled {count(report.reconciled)} reservation{report.reconciled === 1 ? '' : 's'} no trade knew.
        </p>
      </section>

      <ChaosTimeline report={report} />

      <section className="panel chaos-report" aria-labelledby="chaos-books-title">
        <h2 id="chaos-books-title">The books after each stage</h2>
        <table className="chaos-table chaos-books">
          <HeadRow names={['', ...stages.map(([, name]) => name)]} />
          <tbody>
            {(['consistent', 'converging', 'stuck'] as const).map((v) => (
              <tr key={v}>
                <th scope="row" className={`verdict-${v}`}>
                  {v}
                </th>
                {stages.map(([key]) => (
                  <td key={key} className="num">
                    {count(report.stages[key].verdicts[v])}
                  </td>
                ))}
              </tr>
            ))}
            {report.stages.afterFlows.invariants.map((inv, row) => (
              <tr key={inv.id}>
                <th scope="row">{inv.description}</th>
                {stages.map(([key]) => (
                  <InvariantCell key={key} books={report.stages[key]} row={row} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="panel chaos-report" aria-labelledby="chaos-faults-title">
        <h2 id="chaos-faults-title">Faults and answers</h2>
        <p>
          Fired:{' '}
          {Object.keys(report.faultsFired).length
            ? Object.entries(report.faultsFired)
                .map(([id, n]) => `${faultLabel(id)} ${count(n ?? 0)}×`)
                .join(' · ')
            : 'none'}
        </p>
        <p>Creates answered: {tallies(report.answers.creates)}</p>
        {Object.keys(report.answers.followUps).length > 0 && <p>Follow-ups answered: {tallies(report.answers.followUps)}</p>}
      </section>

      {report.stuckCount > 0 && <ChaosStuckTrades stuck={report.stuck} stuckCount={report.stuckCount} />}
    </>
  );
}

function InvariantCell({ books, row }: { books: Books; row: number }) {
  const inv = books.invariants[row];
  if (!inv) return <td />;
  return (
    <td className={inv.ok ? 'verdict-consistent' : 'verdict-stuck'}>
      {inv.ok ? '✓' : `✗ ${count(inv.witnessCount)}: ${inv.witnesses.slice(0, 3).join(', ')}${inv.witnessCount > 3 ? ', …' : ''}`}
    </td>
  );
}
