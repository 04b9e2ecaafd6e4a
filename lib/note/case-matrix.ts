import type { Quadrant } from '@/lib/consistency/quadrant';
import type { TradeSummary } from '@/lib/consistency/trade-summary';
import type { Strategy } from '@/lib/settings/settings';
import type { TableOperation } from '@/lib/trade/operations';
import type { CaseNumber } from './case-faults';

/** (caller, provider) as the note's tables write them; "—" = no row (or a cancelled provider order: it holds nothing). */
export type Pair = [caller: string, provider: string];
export type NoteVerdict = 'ideal' | 'repaired by retry' | 'not repairable';

export interface CaseCell {
  op: TableOperation;
  strategy: Strategy;
  case: CaseNumber;
  /** Right after the flow. */
  after: Pair;
  /** After one recovery pass (the note's "retry"). */
  retried: Pair;
  verdict: NoteVerdict;
  /** Why the cell ends as it does, in the note's reasoning. */
  why: string;
}

/**
 * The note's case tables, every cell — create / modify (confirm) / delete × V1 / V2 × cases
 * 1–4 — as DESIGN.md's case matrix states them. The lab is checked against this table.
 */
export const caseMatrix: readonly CaseCell[] = [
  {
    op: 'create',
    strategy: 'v1',
    case: 1,
    after: ['created', 'trySuccess'],
    retried: ['created', 'trySuccess'],
    verdict: 'ideal',
    why: 'The transaction and the call both succeed: the trade and the reservation exist together.',
  },
  {
    op: 'create',
    strategy: 'v1',
    case: 2,
    after: ['—', '—'],
    retried: ['—', '—'],
    verdict: 'ideal',
    why: 'The provider refuses and V1 rolls its transaction back: neither side holds anything.',
  },
  {
    op: 'create',
    strategy: 'v1',
    case: 3,
    after: ['created', '—'],
    retried: ['created', 'trySuccess'],
    verdict: 'repaired by retry',
    why: 'The try is lost and V1 guesses success: the trade commits, the provider never saw the try. The local row still calls for it, so re-sending the try with the same key repairs it.',
  },
  {
    op: 'create',
    strategy: 'v1',
    case: 4,
    after: ['—', 'trySuccess'],
    retried: ['—', 'trySuccess'],
    verdict: 'not repairable',
    why: "The provider reserved, then V1's transaction aborted: a reservation no trade knows. No local row is left to retry from; only the provider's reconciliation cancels it.",
  },
  {
    op: 'create',
    strategy: 'v2',
    case: 1,
    after: ['trySuccess', 'trySuccess'],
    retried: ['trySuccess', 'trySuccess'],
    verdict: 'ideal',
    why: 'Intent, call, result: both sides reach trySuccess.',
  },
  {
    op: 'create',
    strategy: 'v2',
    case: 2,
    after: ['—', '—'],
    retried: ['—', '—'],
    verdict: 'ideal',
    why: 'The intent never commits, so the call is never made: nothing anywhere.',
  },
  {
    op: 'create',
    strategy: 'v2',
    case: 3,
    after: ['unknown (owes try)', '—'],
    retried: ['trySuccess', 'trySuccess'],
    verdict: 'repaired by retry',
    why: "The try's outcome is unknown: the mirror says so and keeps the try owed; recovery re-sends it with the same key until the answer is definite.",
  },
  {
    op: 'create',
    strategy: 'v2',
    case: 4,
    after: ['init (owes try)', 'trySuccess'],
    retried: ['trySuccess', 'trySuccess'],
    verdict: 'repaired by retry',
    why: "The provider reserved, but recording the result failed: the mirror is still init and owes the try. The retry gets the fence's first answer and the mirror catches up.",
  },
  {
    op: 'confirm',
    strategy: 'v1',
    case: 1,
    after: ['confirmed', 'confirmed'],
    retried: ['confirmed', 'confirmed'],
    verdict: 'ideal',
    why: 'The trade is confirmed locally and the reservation consumed at the provider, in one go.',
  },
  {
    op: 'confirm',
    strategy: 'v1',
    case: 2,
    after: ['created', 'trySuccess'],
    retried: ['created', 'trySuccess'],
    verdict: 'ideal',
    why: 'The provider refuses the confirm and V1 rolls back: both sides stay as they were.',
  },
  {
    op: 'confirm',
    strategy: 'v1',
    case: 3,
    after: ['confirmed', 'trySuccess'],
    retried: ['confirmed', 'trySuccess'],
    verdict: 'not repairable',
    why: 'The confirm is lost and V1 guesses success: the trade says confirmed, the provider only reserved. The local row has moved on and nothing says the confirm is owed — no retry can repair it.',
  },
  {
    op: 'confirm',
    strategy: 'v1',
    case: 4,
    after: ['created', 'confirmed'],
    retried: ['confirmed', 'confirmed'],
    verdict: 'repaired by retry',
    why: "The provider charged, then V1's transaction aborted: the trade still says created, so re-driving the confirm from the unchanged row converges (the fence answers the repeat).",
  },
  {
    op: 'confirm',
    strategy: 'v2',
    case: 1,
    after: ['confirmed', 'confirmed'],
    retried: ['confirmed', 'confirmed'],
    verdict: 'ideal',
    why: 'The confirm is owed on the mirror, sent, and recorded: both sides confirmed.',
  },
  {
    op: 'confirm',
    strategy: 'v2',
    case: 2,
    after: ['trySuccess', 'trySuccess'],
    retried: ['trySuccess', 'trySuccess'],
    verdict: 'ideal',
    why: 'The intent fails before the call: nothing changes on either side.',
  },
  {
    op: 'confirm',
    strategy: 'v2',
    case: 3,
    after: ['unknown (owes confirm)', 'trySuccess'],
    retried: ['confirmed', 'confirmed'],
    verdict: 'repaired by retry',
    why: "The confirm's outcome is unknown: the mirror keeps it owed and recovery re-sends it until the answer is definite.",
  },
  {
    op: 'confirm',
    strategy: 'v2',
    case: 4,
    after: ['trySuccess (owes confirm)', 'confirmed'],
    retried: ['confirmed', 'confirmed'],
    verdict: 'repaired by retry',
    why: "The provider charged, but recording the result failed: the mirror still owes the confirm, and the retry gets the fence's first answer.",
  },
  {
    op: 'delete',
    strategy: 'v1',
    case: 1,
    after: ['—', '—'],
    retried: ['—', '—'],
    verdict: 'ideal',
    why: 'The trade row is deleted and the provider cancels, in one transaction.',
  },
  {
    op: 'delete',
    strategy: 'v1',
    case: 2,
    after: ['created', 'trySuccess'],
    retried: ['created', 'trySuccess'],
    verdict: 'ideal',
    why: 'The provider refuses the cancel and V1 rolls back: the trade and its reservation stay.',
  },
  {
    op: 'delete',
    strategy: 'v1',
    case: 3,
    after: ['—', 'trySuccess'],
    retried: ['—', 'trySuccess'],
    verdict: 'not repairable',
    why: 'The cancel is lost and V1 guesses success: the row is gone, the reservation hangs. No row is left to retry from; only reconciliation releases it.',
  },
  {
    op: 'delete',
    strategy: 'v1',
    case: 4,
    after: ['created', '—'],
    retried: ['—', '—'],
    verdict: 'repaired by retry',
    why: "The provider released, then V1's transaction aborted: the row remains, so re-driving the delete converges.",
  },
  {
    op: 'delete',
    strategy: 'v2',
    case: 1,
    after: ['—', '—'],
    retried: ['—', '—'],
    verdict: 'ideal',
    why: 'A logical delete (the trade is marked deleting), the cancel, then the purge in the commit that records the definite cancel.',
  },
  {
    op: 'delete',
    strategy: 'v2',
    case: 2,
    after: ['trySuccess', 'trySuccess'],
    retried: ['trySuccess', 'trySuccess'],
    verdict: 'ideal',
    why: 'The intent fails before the call: nothing changes.',
  },
  {
    op: 'delete',
    strategy: 'v2',
    case: 3,
    after: ['unknown (owes cancel)', 'trySuccess'],
    retried: ['—', '—'],
    verdict: 'repaired by retry',
    why: "The cancel's outcome is unknown: the mirror keeps it owed; recovery re-sends it, and the purge follows the definite answer.",
  },
  {
    op: 'delete',
    strategy: 'v2',
    case: 4,
    after: ['trySuccess (owes cancel)', '—'],
    retried: ['—', '—'],
    verdict: 'repaired by retry',
    why: 'The provider released, but recording the result failed: the mirror still owes the cancel; the retry gets the first answer and the trade is purged.',
  },
];

/** The name a cell goes by (and its button's accessible name on the page): "create V1 case 3". */
export const cellName = (cell: Pick<CaseCell, 'op' | 'strategy' | 'case'>) => `${cell.op} ${cell.strategy.toUpperCase()} case ${cell.case}`;

export const quadrantOfPair = ([caller, provider]: Pair): Quadrant =>
  caller !== '—' ? (provider !== '—' ? 'both' : 'tradeOnly') : provider !== '—' ? 'payOnly' : 'neither';

/** A trade in the note's notation: V1's trade status or V2's mirror state (with what it owes); the provider's state; "—" for nothing held. */
export function pairOf(t: TradeSummary): Pair {
  const caller = !t.trade
    ? '—'
    : t.strategy === 'v1' || !t.mirror
      ? t.trade.status
      : `${t.mirror.state}${t.mirror.owed ? ` (owes ${t.mirror.owed})` : ''}`;
  const provider = !t.provider || t.provider.state === 'cancelled' ? '—' : t.provider.state;
  return [caller, provider];
}
