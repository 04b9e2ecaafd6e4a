import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { useFaultLabel } from '@/app/_shared/ui/fault-label';
import { sideName } from '@/app/_shared/ui/words';
import type { CaseCell, NoteVerdict } from '@/lib/note/case-cell';
import { caseFault } from '@/lib/note/case-faults';
import type { Strategy } from '@/lib/strategies/catalog';

type CellId = Pick<CaseCell<Strategy>, 'op' | 'strategy' | 'case'>;

export const cellKey = (cell: CellId) => `${cell.op}-${cell.strategy}-${cell.case}`;

const verdictKey: Record<NoteVerdict, string> = {
  ideal: 'ideal',
  'repaired by retry': 'repairedByRetry',
  'not repairable': 'notRepairable',
};

/**
 * The words for a cell in the reader's language: its name (its button's accessible name), what
 * the case does to the flow (in Chinese, headed by the note's own phrase for the case), the
 * note's verdict and why the cell ends as it does.
 */
export function useCaseWords() {
  const t = useTranslations();
  const fault = useFaultLabel();
  return useMemo(
    () => ({
      name: (cell: CellId) => t('matrix.cellName', { op: t(`ops.${cell.op}`), strategy: cell.strategy.toUpperCase(), n: cell.case }),
      cause: (cell: CellId) => {
        const id = caseFault(cell.strategy, cell.case);
        return t(`matrix.cause.${cell.strategy}.${cell.case}`, { fault: id ? fault(id) : '' });
      },
      verdict: (verdict: NoteVerdict) => t(`matrix.noteVerdict.${verdictKey[verdict]}`),
      why: (cell: CellId) => t(`matrix.why.${cell.op}.${cell.strategy}.${cell.case}`),
      /** A (caller, provider) pair as the note's tables write it: "unknown (owes try), —". */
      pair: ([caller, provider]: readonly [string, string]) => `${sideName(t, caller)}, ${sideName(t, provider)}`,
    }),
    [t, fault],
  );
}
