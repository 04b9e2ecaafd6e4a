import { closingBooks, type Books } from '@/lib/consistency/consistency-report';
import { tradeView, type TradeView } from '@/lib/read-model/trade-view';
import type { FaultId } from '@/lib/faults/catalog';
import type { Lab } from '@/lib/lab';
import { startScratchLab } from '@/lib/scratch-lab';
import { caseFault } from '@/lib/note/case-faults';
import type { CaseCell } from '@/lib/note/case-cell';
import { caseMatrix } from '@/lib/note/case-matrix';
import { defaultStrategy, type Strategy } from '@/lib/strategies/catalog';
import { quiesce } from '@/lib/driver/quiescence';
import { runCase, type CaseObservation } from './run-case';

export interface CaseResult extends CaseObservation {
  cell: CaseCell<Strategy>;
  fault: FaultId | null;
  passed: boolean;
  /** The trade as the auditor sees it at the end, with both services' events: the cell's story. */
  trade: TradeView;
}

/** The scratch lab's books, once every cell has run: then once more after the provider's reconciliation. */
export interface CaseBooks {
  afterRetry: Books;
  afterReconcile: Books;
  /** What reconciliation cancelled: V1's orphans, which no retry can reach. */
  reconciled: string[];
}

export interface CaseMatrixRun {
  startedAt: number;
  durationMs: number;
  transport: Lab['transport'];
  passed: number;
  failed: number;
  cells: CaseResult[];
  books: CaseBooks;
}

/**
 * Runs every cell of the case matrix in a scratch lab of its own — fresh SQLite files (one per service) and a
 * real HTTP hop, beside the running lab and sharing nothing with it, so the user's switches,
 * settings and trades neither shape the run nor are touched by it. The settings are the ones
 * the note's table assumes: the fence on, V1 assuming success on an unknown result, trades
 * deletable at once, and a short timeout so the lost requests of case 3 cost little.
 */
export async function runEveryCase(): Promise<CaseMatrixRun> {
  const startedAt = Date.now();
  const scratch = await startScratchLab({
    transport: 'http',
    settings: { strategy: defaultStrategy, v1OnUnknown: 'assume-success', providerFence: 'on', tradeExpiryMs: 0, rpcTimeoutMs: 250 },
  });
  try {
    const { lab } = scratch;
    const observed: (CaseObservation & { cell: CaseCell<Strategy> })[] = [];
    for (const cell of caseMatrix) observed.push({ cell, ...(await runCase(lab, cell)) });
    // Each cell had its one retry, as the note's table has it: quiescence finds nothing more owed, and reconciliation follows.
    let afterRetry: Books | undefined;
    const { reconciled } = await quiesce(lab, {
      stopFaults: () => lab.faults.reset(),
      maxSweeps: 1,
      recovered: () => (afterRetry = closingBooks(lab.audit)),
    });
    const cells = observed.map((o) => ({
      ...o,
      fault: caseFault(o.cell.strategy, o.cell.case),
      passed: o.mismatches.length === 0,
      trade: tradeView(lab.audit, o.tradeId)!,
    }));
    const failed = cells.filter((c) => !c.passed).length;
    return {
      startedAt,
      durationMs: Date.now() - startedAt,
      transport: lab.transport,
      passed: cells.length - failed,
      failed,
      cells,
      books: { afterRetry: afterRetry!, afterReconcile: closingBooks(lab.audit), reconciled: reconciled.cancelled.map((c) => c.tradeId) },
    };
  } finally {
    await scratch.close();
  }
}
