import type { FaultId } from '@/lib/faults/catalog';
import type { Strategy } from '@/lib/settings/settings';

/** The four cases of each of the note's tables. */
export type CaseNumber = 1 | 2 | 3 | 4;

/**
 * The fault that produces each case, per DESIGN's case matrix: 1 — none; 2 — V1: the provider
 * rejects (its transaction rolls back), V2: the local transaction fails before the RPC (the
 * intent never commits); 3 — the request is lost, V1 assuming success; 4 — the local commit
 * fails after the RPC. One table, for the scenario amounts and the matrix alike.
 */
export function caseFault(strategy: Strategy, which: CaseNumber): FaultId | null {
  switch (which) {
    case 1:
      return null;
    case 2:
      return strategy === 'v1' ? 'rpc.provider_rejects' : 'local.fail_before_rpc';
    case 3:
      return 'rpc.request_lost';
    case 4:
      return 'local.fail_after_rpc';
  }
}

/** Case 3 is V1 guessing on an unknown result: the note's table has it assume success. */
export const caseGuess = (which: CaseNumber) => (which === 3 ? ('assume-success' as const) : undefined);
