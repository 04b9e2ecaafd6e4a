import type { CaseCell } from '@/lib/note/case-cell';

const cell = (c: Omit<CaseCell<'v3'>, 'strategy'>): CaseCell<'v3'> => ({ ...c, strategy: 'v3' });

/**
 * V3's cells of the note's tables — create / modify (confirm) / delete × cases 1–4, each case's
 * fault struck on the pay branch's Try (cases 2 and 3) or on the trade branch's local Try after
 * it (case 4). "After" is when the TM has its answer: as Seata's TC does for TCC branches, the
 * coordinator runs phase 2's first round before it answers the commit or the rollback. The
 * second column is after the coordinator's own retries ("after phase 2").
 */
export const v3Cells: readonly CaseCell<'v3'>[] = [
  cell({
    op: 'create',
    case: 1,
    after: ['created', 'trySuccess'],
    retried: ['created', 'trySuccess'],
    verdict: 'ideal',
    why: 'Both Trys succeed, the TM commits, the coordinator confirms both branches: the trade row is final, the reservation kept.',
  }),
  cell({
    op: 'create',
    case: 2,
    after: ['—', '—'],
    retried: ['—', '—'],
    verdict: 'ideal',
    why: "The pay branch's Try is refused: the TM rolls back, the coordinator cancels the pay branch (an empty rollback that also blocks a late copy). Nothing anywhere.",
  }),
  cell({
    op: 'create',
    case: 3,
    after: ['—', '—'],
    retried: ['—', '—'],
    verdict: 'ideal',
    why: "The pay branch's Try has no definite answer: TCC never guesses, the TM rolls back and the coordinator cancels it — an empty rollback, recorded so that the lost Try is refused if it lands late.",
  }),
  cell({
    op: 'create',
    case: 4,
    after: ['—', '—'],
    retried: ['—', '—'],
    verdict: 'ideal',
    why: "The provider reserved, then the trade branch's local Try failed. V1 leaves this orphan for reconciliation; here the TM rolls back and the coordinator cancels the reservation: the global rollback repairs the note's create case 4.",
  }),
  cell({
    op: 'confirm',
    case: 1,
    after: ['confirmed', 'confirmed'],
    retried: ['confirmed', 'confirmed'],
    verdict: 'ideal',
    why: 'Both Trys hold the trade and its reservation; the coordinator confirms both: the trade confirmed, the reservation consumed.',
  }),
  cell({
    op: 'confirm',
    case: 2,
    after: ['created', 'trySuccess'],
    retried: ['created', 'trySuccess'],
    verdict: 'ideal',
    why: "The pay branch's Try is refused: the global transaction rolls back and nothing changed on either side.",
  }),
  cell({
    op: 'confirm',
    case: 3,
    after: ['created', 'trySuccess'],
    retried: ['created', 'trySuccess'],
    verdict: 'ideal',
    why: "The pay branch's Try has no definite answer: rolled back, its hold (if it landed) let go. V1's confirm case 3 cannot be repaired by retry; a coordinator never commits on an unknown.",
  }),
  cell({
    op: 'confirm',
    case: 4,
    after: ['created', 'trySuccess'],
    retried: ['created', 'trySuccess'],
    verdict: 'ideal',
    why: "The provider held the reservation for this confirm, then the trade branch's local Try failed: rolled back, the hold let go. Both sides unchanged.",
  }),
  cell({
    op: 'delete',
    case: 1,
    after: ['—', '—'],
    retried: ['—', '—'],
    verdict: 'ideal',
    why: 'Both Trys hold; the coordinator confirms both: the trade row deleted, the reservation released and the pay order removed.',
  }),
  cell({
    op: 'delete',
    case: 2,
    after: ['created', 'trySuccess'],
    retried: ['created', 'trySuccess'],
    verdict: 'ideal',
    why: "The pay branch's Try is refused: rolled back, nothing deleted anywhere.",
  }),
  cell({
    op: 'delete',
    case: 3,
    after: ['created', 'trySuccess'],
    retried: ['created', 'trySuccess'],
    verdict: 'ideal',
    why: "The pay branch's Try has no definite answer: rolled back. V1's delete case 3 leaves the reservation hanging; a coordinator deletes on both sides or on neither.",
  }),
  cell({
    op: 'delete',
    case: 4,
    after: ['created', 'trySuccess'],
    retried: ['created', 'trySuccess'],
    verdict: 'ideal',
    why: "The provider held the reservation for this delete, then the trade branch's local Try failed: rolled back, the hold let go.",
  }),
];
