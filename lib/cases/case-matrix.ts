import type { Quadrant } from '@/lib/consistency/quadrant';
import type { FaultId } from '@/lib/faults/catalog';
import type { Strategy } from '@/lib/settings/settings';

export const caseOps = ['create', 'confirm', 'delete'] as const;
export type CaseOp = (typeof caseOps)[number];
export type CaseNumber = 1 | 2 | 3 | 4;

/** (caller, provider) as the seed's tables write them; "—" = no row (a cancelled provider order holds nothing). */
export type Pair = [caller: string, provider: string];
export type SeedVerdict = 'ideal' | 'repaired by retry' | 'not repairable';

export interface CaseCell {
  op: CaseOp;
  strategy: Strategy;
  case: CaseNumber;
  /** Right after the flow. */
  after: Pair;
  /** After one recovery pass (the seed's "retry"). */
  retried: Pair;
  verdict: SeedVerdict;
}

/**
 * The seed's case tables, every cell — create / modify (confirm) / delete × V1 / V2 × cases
 * 1–4 — as DESIGN.md's case matrix states them. The lab is checked against this table.
 */
export const caseMatrix: readonly CaseCell[] = [
  { op: 'create', strategy: 'v1', case: 1, after: ['created', 'trySuccess'], retried: ['created', 'trySuccess'], verdict: 'ideal' },
  { op: 'create', strategy: 'v1', case: 2, after: ['—', '—'], retried: ['—', '—'], verdict: 'ideal' },
  { op: 'create', strategy: 'v1', case: 3, after: ['created', '—'], retried: ['created', 'trySuccess'], verdict: 'repaired by retry' },
  { op: 'create', strategy: 'v1', case: 4, after: ['—', 'trySuccess'], retried: ['—', 'trySuccess'], verdict: 'not repairable' },
  { op: 'create', strategy: 'v2', case: 1, after: ['trySuccess', 'trySuccess'], retried: ['trySuccess', 'trySuccess'], verdict: 'ideal' },
  { op: 'create', strategy: 'v2', case: 2, after: ['—', '—'], retried: ['—', '—'], verdict: 'ideal' },
  { op: 'create', strategy: 'v2', case: 3, after: ['unknown (owes try)', '—'], retried: ['trySuccess', 'trySuccess'], verdict: 'repaired by retry' },
  { op: 'create', strategy: 'v2', case: 4, after: ['init (owes try)', 'trySuccess'], retried: ['trySuccess', 'trySuccess'], verdict: 'repaired by retry' },
  { op: 'confirm', strategy: 'v1', case: 1, after: ['confirmed', 'confirmed'], retried: ['confirmed', 'confirmed'], verdict: 'ideal' },
  { op: 'confirm', strategy: 'v1', case: 2, after: ['created', 'trySuccess'], retried: ['created', 'trySuccess'], verdict: 'ideal' },
  { op: 'confirm', strategy: 'v1', case: 3, after: ['confirmed', 'trySuccess'], retried: ['confirmed', 'trySuccess'], verdict: 'not repairable' },
  { op: 'confirm', strategy: 'v1', case: 4, after: ['created', 'confirmed'], retried: ['confirmed', 'confirmed'], verdict: 'repaired by retry' },
  { op: 'confirm', strategy: 'v2', case: 1, after: ['confirmed', 'confirmed'], retried: ['confirmed', 'confirmed'], verdict: 'ideal' },
  { op: 'confirm', strategy: 'v2', case: 2, after: ['trySuccess', 'trySuccess'], retried: ['trySuccess', 'trySuccess'], verdict: 'ideal' },
  { op: 'confirm', strategy: 'v2', case: 3, after: ['unknown (owes confirm)', 'trySuccess'], retried: ['confirmed', 'confirmed'], verdict: 'repaired by retry' },
  { op: 'confirm', strategy: 'v2', case: 4, after: ['trySuccess (owes confirm)', 'confirmed'], retried: ['confirmed', 'confirmed'], verdict: 'repaired by retry' },
  { op: 'delete', strategy: 'v1', case: 1, after: ['—', '—'], retried: ['—', '—'], verdict: 'ideal' },
  { op: 'delete', strategy: 'v1', case: 2, after: ['created', 'trySuccess'], retried: ['created', 'trySuccess'], verdict: 'ideal' },
  { op: 'delete', strategy: 'v1', case: 3, after: ['—', 'trySuccess'], retried: ['—', 'trySuccess'], verdict: 'not repairable' },
  { op: 'delete', strategy: 'v1', case: 4, after: ['created', '—'], retried: ['—', '—'], verdict: 'repaired by retry' },
  { op: 'delete', strategy: 'v2', case: 1, after: ['—', '—'], retried: ['—', '—'], verdict: 'ideal' },
  { op: 'delete', strategy: 'v2', case: 2, after: ['trySuccess', 'trySuccess'], retried: ['trySuccess', 'trySuccess'], verdict: 'ideal' },
  { op: 'delete', strategy: 'v2', case: 3, after: ['unknown (owes cancel)', 'trySuccess'], retried: ['—', '—'], verdict: 'repaired by retry' },
  { op: 'delete', strategy: 'v2', case: 4, after: ['trySuccess (owes cancel)', '—'], retried: ['—', '—'], verdict: 'repaired by retry' },
];

/** The design's fault per case: 2 — V1 provider rejects, V2 fails before the RPC; 3 — request lost (V1 assuming success); 4 — local failure after the RPC. */
export function caseFault(strategy: Strategy, which: CaseNumber): FaultId | null {
  if (which === 2) return strategy === 'v1' ? 'rpc.provider_rejects' : 'local.fail_before_rpc';
  if (which === 3) return 'rpc.request_lost';
  if (which === 4) return 'local.fail_after_rpc';
  return null;
}

/** The name a cell goes by (and its button's accessible name on the page): "create V1 case 3". */
export const cellName = (cell: Pick<CaseCell, 'op' | 'strategy' | 'case'>) => `${cell.op} ${cell.strategy.toUpperCase()} case ${cell.case}`;

export const quadrantOfPair = ([caller, provider]: Pair): Quadrant =>
  caller !== '—' ? (provider !== '—' ? 'both' : 'tradeOnly') : provider !== '—' ? 'payOnly' : 'neither';
