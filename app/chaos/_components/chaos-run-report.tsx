import { useTranslations } from 'next-intl';
import type { ChaosRunReport } from '@/app/_shared/lab-api';
import { useFaultLabel } from '@/app/_shared/ui/fault-label';
import { count } from '@/app/_shared/ui/format';
import { ChaosStuckTrades } from './chaos-stuck-trades';
import { ChaosTimeline } from './chaos-timeline';
import { HeadRow } from './head-row';
import { strategies } from '@/lib/strategies/catalog';

type Books = ChaosRunReport['stages']['afterFlows'];

const stages = ['afterFlows', 'afterRecovery', 'afterReconcile'] as const satisfies (keyof ChaosRunReport['stages'])[];

const tallies = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key}: ${count(n)}`)
    .join(' · ');

/** What the random run found: per strategy, the books after each stage, the faults and what is left stuck. */
export function ChaosRunReportView({ report }: { report: ChaosRunReport }) {
  const t = useTranslations();
  const faultLabel = useFaultLabel();
  const money = report.stages.afterReconcile.invariants.find((i) => i.id === 'moneyConserved');
  const verdicts = ['consistent', 'converging', 'stuck'] as const;
  return (
    <>
      <section className="panel chaos-report" aria-labelledby="chaos-outcome-title">
        <h2 id="chaos-outcome-title">{t('chaos.report.ended')}</h2>
        <table className="chaos-table">
          <HeadRow names={[t('chaos.report.strategy'), t('chaos.report.trades'), ...verdicts.map((v) => t(`verdicts.${v}`))]} />
          <tbody>
            {strategies
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
          {t('chaos.report.recovery', {
            sweeps: report.recovery.sweeps,
            attempts: report.recovery.attempts,
            outcome: t(report.recovery.settled ? 'chaos.report.settled' : 'chaos.report.unsettled'),
            reconciled: report.reconciled,
          })}
        </p>
      </section>

      <ChaosTimeline report={report} />

      <section className="panel chaos-report" aria-labelledby="chaos-books-title">
        <h2 id="chaos-books-title">{t('chaos.report.books')}</h2>
        <table className="chaos-table chaos-books">
          <HeadRow names={['', ...stages.map((stage) => t(`chaos.report.${stage}`))]} />
          <tbody>
            {verdicts.map((v) => (
              <tr key={v}>
                <th scope="row" className={`verdict-${v}`}>
                  {t(`verdicts.${v}`)}
                </th>
                {stages.map((key) => (
                  <td key={key} className="num">
                    {count(report.stages[key].verdicts[v])}
                  </td>
                ))}
              </tr>
            ))}
            {report.stages.afterFlows.invariants.map((inv, row) => (
              <tr key={inv.id}>
                <th scope="row">{t(`invariants.${inv.id}`)}</th>
                {stages.map((key) => (
                  <InvariantCell key={key} books={report.stages[key]} row={row} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="panel chaos-report" aria-labelledby="chaos-faults-title">
        <h2 id="chaos-faults-title">{t('chaos.report.faults')}</h2>
        <p>
          {t('chaos.report.fired', {
            faults: Object.keys(report.faultsFired).length
              ? Object.entries(report.faultsFired)
                  .map(([id, n]) => t('chaos.report.firedOne', { fault: faultLabel(id), n: n ?? 0 }))
                  .join(' · ')
              : t('chaos.report.none'),
          })}
        </p>
        <p>{t('chaos.report.creates', { tallies: tallies(report.answers.creates) })}</p>
        {Object.keys(report.answers.followUps).length > 0 && (
          <p>{t('chaos.report.followUps', { tallies: tallies(report.answers.followUps) })}</p>
        )}
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
