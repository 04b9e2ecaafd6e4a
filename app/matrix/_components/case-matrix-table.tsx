import type { CaseMatrixRun } from '@/app/_shared/lab-api';
import { caseMatrix, cellName, type CaseCell } from '@/lib/note/case-matrix';
import { tableOperations, type TableOperation } from '@/lib/trade/operations';
import { strategies } from '@/lib/settings/settings';
import { caseCause, cellKey, pairText } from './case-names';

const opHeads: Record<TableOperation, string> = {
  create: 'create',
  confirm: 'confirm (from created / trySuccess)',
  delete: 'delete (expired, unconfirmed)',
};

const verdictClass = { ideal: 'verdict-consistent', 'repaired by retry': 'verdict-converging', 'not repairable': 'verdict-stuck' } as const;

interface Props {
  run: CaseMatrixRun | null;
  selected: CaseCell | null;
  onSelect: (cell: CaseCell) => void;
}

/** The note's table, laid out as the note lays it out; after a run each cell says whether it held. */
export function CaseMatrixTable({ run, selected, onSelect }: Props) {
  const resultOf = (cell: CaseCell) => run?.cells.find((c) => cellKey(c.cell) === cellKey(cell));
  return (
    <section className="panel cases-table" aria-label="The case matrix">
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
            <th scope="col">op (start)</th>
            <th scope="col">strategy</th>
            {[1, 2, 3, 4].map((n) => (
              <th key={n} scope="col">
                case {n} → after retry
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
                    {opHeads[op]}
                  </th>
                )}
                <th scope="row">{strategy.toUpperCase()}</th>
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
  cell: CaseCell;
  result: CaseMatrixRun['cells'][number] | undefined;
  selected: boolean;
  onSelect: (cell: CaseCell) => void;
}

function CaseCellView({ cell, result, selected, onSelect }: CellProps) {
  const status = !result ? 'expected' : result.passed ? 'held' : 'differs';
  return (
    <td
      data-cell={cellKey(cell)}
      data-pass={result ? String(result.passed) : undefined}
      className={`case-cell case-${status}${selected ? ' selected' : ''}`}
    >
      <button
        type="button"
        aria-label={cellName(cell)}
        title={cell.why}
        aria-pressed={selected}
        disabled={!result}
        onClick={() => onSelect(cell)}
      >
        {/* The spaces between the lines keep the cell's text readable as one sentence. */}
        <span className="case-cause">{caseCause(cell)}</span> <span className="case-pairs">{pairText(cell.after)}</span>{' '}
        <span className="case-pairs">
          <span className="muted">→</span> {pairText(cell.retried)}
        </span>{' '}
        {result && !result.passed && (
          <span className="case-observed">
            seen: {pairText(result.after.pair)} → {pairText(result.retried.pair)}
          </span>
        )}{' '}
        <span className="case-foot">
          <span className={`case-verdict ${verdictClass[cell.verdict]}`}>{cell.verdict}</span>
          {result && (
            <span className="case-mark">
              {result.passed ? '✓ held' : '✗ differs'} · {result.tradeId}
            </span>
          )}
        </span>
      </button>
    </td>
  );
}
