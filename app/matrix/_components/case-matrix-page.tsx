'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { labApi, type ApiError, type CaseMatrixRun } from '@/app/_shared/lab-api';
import { ActionError } from '@/app/_shared/ui/action-error';
import { downloadJson } from '@/app/_shared/ui/download-json';
import { EvidencePage } from '@/app/_shared/ui/evidence-page';
import type { CaseCell } from '@/lib/note/case-cell';
import { caseMatrix } from '@/lib/note/case-matrix';
import type { Strategy } from '@/lib/strategies/catalog';
import { CaseBooksView } from './case-books';
import { CaseCosts } from './case-costs';
import { CaseMatrixTable } from './case-matrix-table';
import { cellKey } from './case-names';
import { CaseStory } from './case-story';
import './case-matrix.css';

/**
 * `/matrix`: the note's case tables as a page. "Run every case" produces each cell for real in a
 * scratch lab and checks it against the table; a cell opens its own story.
 */
export function CaseMatrixPage() {
  const t = useTranslations('matrix');
  const [run, setRun] = useState<CaseMatrixRun | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [selected, setSelected] = useState<CaseCell<Strategy> | null>(null);

  const runAll = async () => {
    setRunning(true);
    setError(null);
    const result = await labApi.runEveryCase();
    setRunning(false);
    if (!result.ok) return setError(result.error);
    setRun(result.value);
    // Open the first cell that did not hold, if any: that is where to look.
    const firstFailed = result.value.cells.find((c) => !c.passed);
    if (firstFailed) setSelected(firstFailed.cell);
  };

  const result = selected && run?.cells.find((c) => cellKey(c.cell) === cellKey(selected));

  return (
    <EvidencePage
      page="/matrix"
      title={t('heading')}
      intro={t.rich('intro', { count: caseMatrix.length, b: (chunks) => <b>{chunks}</b> })}
      controls={
        <div className="cases-run">
          <button type="button" className="primary" onClick={() => void runAll()} disabled={running}>
            {running ? t('running') : t('run')}
          </button>
          <p role="status" className="cases-summary" data-passed={run?.passed} data-failed={run?.failed}>
            {running
              ? t('producing', { count: caseMatrix.length })
              : run
                ? t('summary', {
                    passed: run.passed,
                    failed: run.failed,
                    seconds: (run.durationMs / 1000).toFixed(1),
                    transport: t(run.transport === 'http' ? 'transport.http' : 'transport.inProcess'),
                  })
                : t('notRun')}
          </p>
          {run && !running && (
            <button type="button" className="small" onClick={() => downloadJson('case-matrix.json', run)}>
              {t('download')}
            </button>
          )}
          <ActionError error={error && t('runFailed', { message: error.message })} />
        </div>
      }
    >
      <CaseMatrixTable run={run} selected={selected} onSelect={setSelected} />
      {result && <CaseStory result={result} />}
      {run && <CaseBooksView run={run} />}
      <CaseCosts run={run} />
    </EvidencePage>
  );
}
