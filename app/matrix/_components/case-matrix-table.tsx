import { useTranslations } from 'next-intl';
import type { CaseMatrixRun } from '@/app/_shared/lab-api';
import type { CaseCell } from '@/lib/note/case-cell';
import { caseMatrix } from '@/lib/note/case-matrix';
import { tableOperations } from '@/lib/trade/operations';
import { strategies, type Strategy } from '@/lib/strategies/catalog';
import { cellKey, useCaseWords } from './case-names';

const verdictClass = { ideal: 'verdict-consistent', 'repaired by retry': 'verdict-converging', 'not repairable': 'verdict-stuck' } as const;

interface Props {
  run: CaseMatrixRun | null;
  selected: CaseCell<Strategy> | null;
  onSelect: (cell: CaseCell<Strategy>) => void;
}

/** The note's table, laid out as the note lays it out; after a run each cell says whether it held. */
export function CaseMatrixTable({ run, selected, onSelect }: Props) {
  const t = useTranslations('matrix');
  const resultOf = (cell: CaseCell<Strategy>) => run?.cells.find((c) => cellKey(c.cell) === cellKey(cell));
  return (
    <section className="panel cases-table" aria-label={t('tableLabel')}>
      <table>
        <colgroup>
          <col className="case-col-op" />
          <col className="case-col-strategy" />
          {[1, 2, 3, 4].map((n) => (
            <col key={n} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('opColumn')}</th>
            <th scope="col">{t('strategyColumn')}</th>
            {[1, 2, 3, 4].map((n) => (
              <th key={n} scope="col">
                {t('caseColumn', { n })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tableOperations.flatMap((op) =>
            strategies.map((strategy, row) => (
              <tr key={`${op}-${strategy}`}>
                {row === 0 && (
                  <th scope="rowgroup" rowSpan={strategies.length}>
                    {t(`opHead.${op}`)}
                  </th>
                )}
                {/* The columns' second pair is after each strategy's own repair: the note's retry, or V3's coordinator finishing phase 2. */}
                <th scope="row">
                  {strategy.toUpperCase()} <span className="case-retried">{t(`retried.${strategy}.head`)}</span>
                </th>
                {caseMatrix
                  .filter((c) => c.op === op && c.strategy === strategy)
                  .map((cell) => (
                    <CaseCellView
                      key={cell.case}
                      cell={cell}
                      result={resultOf(cell)}
                      selected={selected !== null && cellKey(selected) === cellKey(cell)}
                      onSelect={onSelect}
                    />
                  ))}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </section>
  );
}

interface CellProps {
  cell: CaseCell<Strategy>;
  result: CaseMatrixRun['cells'][number] | undefined;
  selected: boolean;
  onSelect: (cell: CaseCell<Strategy>) => void;
}

function CaseCellView({ cell, result, selected, onSelect }: CellProps) {
  const t = useTranslations('matrix');
  const words = useCaseWords();
  const status = !result ? 'expected' : result.passed ? 'held' : 'differs';
  return (
    <td
      data-cell={cellKey(cell)}
      data-pass={result ? String(result.passed) : undefined}
      className={`case-cell case-${status}${selected ? ' selected' : ''}`}
    >
      <button
        type="button"
        aria-label={words.name(cell)}
        title={words.why(cell)}
        aria-pressed={selected}
        disabled={!result}
        onClick={() => onSelect(cell)}
      >
        {/* The spaces between the lines keep the cell's text readable as one sentence. */}
        <span className="case-cause">{words.cause(cell)}</span> <span className="case-pairs">{words.pair(cell.after)}</span>{' '}
        <span className="case-pairs">
          <span className="muted">→</span> {words.pair(cell.retried)}
        </span>{' '}
        {result && !result.passed && (
          <span className="case-observed">
            {t('seen', { after: words.pair(result.after.pair), retried: words.pair(result.retried.pair) })}
          </span>
        )}{' '}
        <span className="case-foot">
          <span className={`case-verdict ${verdictClass[cell.verdict]}`}>{words.verdict(cell.verdict)}</span>
          {result && (
            <span className="case-mark">
              {t(result.passed ? 'held' : 'differs')} · {result.tradeId}
            </span>
          )}
        </span>
      </button>
    </td>
  );
}
