'use client';

import { useState } from 'react';
import { labApi, type ApiError, type CaseMatrixRun } from '@/app/_shared/lab-api';
import { ActionError } from '@/app/_shared/ui/action-error';
import { downloadJson } from '@/app/_shared/ui/download-json';
import { EvidencePage } from '@/app/_shared/ui/evidence-page';
import { caseMatrix, type CaseCell } from '@/lib/note/case-matrix';
import { CaseBooksView } from './case-books';
import { CaseMatrixTable } from './case-matrix-table';
import { cellKey } from './case-names';
import { CaseStory } from './case-story';
import './case-matrix.css';

/**
 * `/matrix`: the note's case tables as a page. "Run every case" produces each cell for real in a
 * scratch lab and checks it against the table; a cell opens its own story.
 */
export function CaseMatrixPage() {
  const [run, setRun] = useState<CaseMatrixRun | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [selected, setSelected] = useState<CaseCell | null>(null);

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
      title="The case matrix"
      intro={
        <>
          Each cell is one operation (create, confirm, delete), one strategy (V1: the RPC inside the local transaction; V2: outside it) and
          one case of the note: 1 no fault · 2 the call fails definitely or never starts · 3 the request is lost · 4 the local write after
          the call fails. <b>Run every case</b> produces all {caseMatrix.length} for real in a scratch lab — two fresh SQLite files and a
          real HTTP hop — reads both sides right after the flow and again after the retry, and checks them against the note&apos;s table.
          Your lab&apos;s trades, switches and settings are not touched.
        </>
      }
      controls={
        <div className="cases-run">
          <button type="button" className="primary" onClick={() => void runAll()} disabled={running}>
            {running ? 'Running every case…' : 'Run every case'}
          </button>
          <p role="status" className="cases-summary" data-passed={run?.passed} data-failed={run?.failed}>
            {running
              ? `Producing ${caseMatrix.length} cases…`
              : run
                ? `${run.passed} passed, ${run.failed} failed · ${(run.durationMs / 1000).toFixed(1)} s · ${run.transport === 'http' ? 'HTTP hop' : 'in-process'}`
                : 'Not run yet: the table shows what the note expects.'}
          </p>
          {run && !running && (
            <button type="button" className="small" onClick={() => downloadJson('case-matrix.json', run)}>
              Download report (JSON)
            </button>
          )}
          <ActionError error={error && `The run failed: ${error.message}`} />
        </div>
      }
    >
      <CaseMatrixTable run={run} selected={selected} onSelect={setSelected} />
      {result && <CaseStory result={result} />}
      {run && <CaseBooksView run={run} />}
    </EvidencePage>
  );
}
