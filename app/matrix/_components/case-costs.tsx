import { useTranslations } from 'next-intl';
import type { CaseMatrixRun } from '@/app/_shared/lab-api';
import { strategyCards } from '@/lib/strategies/catalog';
import { tableOperations } from '@/lib/trade/operations';

/**
 * The other half of the choice, beside the table: what each strategy's fault-free operation cost
 * in this run (messages on the wire, local commits), what its cells come to, and what each buys
 * and costs in the note's terms.
 */
export function CaseCosts({ run }: { run: CaseMatrixRun | null }) {
  const t = useTranslations('matrix.costs');
  const costOf = (strategy: string, op: string) =>
    run?.cells.find((c) => c.cell.strategy === strategy && c.cell.op === op && c.cell.case === 1)?.cost;
  return (
    <section className="panel case-costs" aria-labelledby="case-costs-title">
      <h2 id="case-costs-title">{t('title')}</h2>
      <table>
        <caption>{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('strategy')}</th>
            <th scope="col">{t('cells')}</th>
            {tableOperations.map((op) => (
              <th key={op} scope="col">
                {t(`op.${op}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {strategyCards.map((card) => {
            const count = (verdict: string) => card.cells.filter((c) => c.verdict === verdict).length;
            return (
              <tr key={card.name} data-strategy={card.name}>
                <th scope="row">{card.name.toUpperCase()}</th>
                <td>{t('cellsCount', { ideal: count('ideal'), repaired: count('repaired by retry'), stuck: count('not repairable') })}</td>
                {tableOperations.map((op) => {
                  const cost = costOf(card.name, op);
                  return (
                    <td key={op} data-cost={op}>
                      {cost ? (
                        t('measure', { messages: cost.messages, commits: cost.commits })
                      ) : (
                        <span className="muted">{t('notRun')}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <ul className="case-says">
        {strategyCards.map((card) => (
          <li key={card.name}>
            <b>{card.name.toUpperCase()}</b> {t(`says.${card.name}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
