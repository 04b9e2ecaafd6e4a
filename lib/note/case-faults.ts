import type { FaultId } from '@/lib/faults/catalog';
import { cardOf, type Strategy } from '@/lib/strategies/catalog';
import type { CaseNumber } from './case-cell';

/** The fault that produces each case under a strategy (its card says), for the scenario amounts and the matrix alike. */
export const caseFault = (strategy: Strategy, which: CaseNumber): FaultId | null => cardOf(strategy).caseFaults[which];

/** Case 3 is V1 guessing on an unknown result: the note's table has it assume success. */
export const caseGuess = (which: CaseNumber) => (which === 3 ? ('assume-success' as const) : undefined);
