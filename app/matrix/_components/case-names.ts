import { faultLabel } from '@/app/_shared/ui/fault-label';
import type { CaseCell } from '@/lib/note/case-matrix';
import { caseFault } from '@/lib/note/case-faults';

export const cellKey = (cell: Pick<CaseCell, 'op' | 'strategy' | 'case'>) => `${cell.op}-${cell.strategy}-${cell.case}`;

/** What the case does to the flow, in the design's words. */
export function caseCause(cell: Pick<CaseCell, 'strategy' | 'case'>): string {
  const fault = caseFault(cell.strategy, cell.case);
  if (!fault) return 'no fault';
  return cell.case === 3 && cell.strategy === 'v1' ? `${faultLabel(fault)}, V1 assumes success` : faultLabel(fault);
}

export const pairText = ([caller, provider]: readonly [string, string]) => `${caller}, ${provider}`;
