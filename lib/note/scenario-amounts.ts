import type { FaultId } from '@/lib/faults/catalog';
import type { Strategy } from '@/lib/strategies/catalog';
import type { CaseNumber } from './case-cell';
import { caseFault, caseGuess } from './case-faults';

export interface Scenario {
  /** Faults that fire for this trade whatever the switches say. */
  forced: FaultId[];
  /** V1's guess on an unknown result, when the case prescribes one. */
  v1OnUnknown?: 'assume-success';
}

const scenarioCases: Record<number, CaseNumber> = { 100: 1, 200: 2, 300: 3, 400: 4 };

/**
 * The note's code section: on create, 1.00–4.00 reproduce cases 1–4 of the case matrix
 * (V1: both / neither / trade only / pay only; V2 never produces pay only). Other amounts
 * use only the switches.
 */
export function scenarioFor(amountCents: number, strategy: Strategy): Scenario {
  const which = scenarioCases[amountCents];
  if (which === undefined) return { forced: [] };
  const fault = caseFault(strategy, which);
  const v1OnUnknown = caseGuess(which);
  return { forced: fault ? [fault] : [], ...(v1OnUnknown ? { v1OnUnknown } : {}) };
}
