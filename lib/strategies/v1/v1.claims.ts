import { always, hadCell, type Property } from '@/lib/explore/property';
import type { ScheduleOutcome } from '@/lib/explore/schedule-outcome';
import { v1Cells } from './v1.cells';

/** V1's cells the note calls not repairable by retry: the state each is left in, and whether reconciliation repairs it. */
const stuckAsPredicted = (
  [
    ['create', 4, true],
    ['confirm', 3, false],
    ['delete', 3, true],
  ] as const
).map(([op, which, reconciled]) => {
  const cell = v1Cells.find((c) => c.op === op && c.case === which)!;
  return (o: ScheduleOutcome) =>
    o.afterRecovery.pair[0] === cell.retried[0] &&
    o.afterRecovery.pair[1] === cell.retried[1] &&
    (o.afterReconcile.verdict === 'consistent') === reconciled;
});

/** What the note says of V1: the cells retry repairs are repaired, and only the cells it calls not repairable end stuck. */
export const v1Claims: Property[] = [
  ...(
    [
      ['create', 3, 'V1: create case 3 is repaired by retry', 'reachable by idempotency + retry: re-send the RPC from the local row'],
      ['confirm', 4, 'V1: confirm case 4 is repaired by retry', 'reachable by idempotency + retry: re-send from the unchanged local row'],
      [
        'delete',
        4,
        'V1: delete case 4 is repaired by retry',
        'delete has the same four cases: 4 = local kept (rolled back), provider deleted',
      ],
    ] as const
  ).map(([op, which, title, claim]) =>
    always({
      id: `v1.${op}-${which}-repaired`,
      title,
      claim,
      strategy: 'v1',
      fence: 'on',
      about: (o) => hadCell(o, op, which),
      holds: (o) => o.afterRecovery.verdict === 'consistent',
    }),
  ),
  ...(
    [
      [
        'create',
        4,
        'V1: create case 4 ends stuck until reconciliation',
        'NOT reachable by retry: no local row to retry from (an orphan at the provider)',
        true,
      ],
      [
        'confirm',
        3,
        'V1: confirm case 3 ends stuck',
        'NOT reachable by retry: the local row already moved on, nothing says the RPC is still owed',
        false,
      ],
      ['delete', 3, 'V1: delete case 3 ends stuck until reconciliation', '3 = local deleted, provider not deleted', true],
    ] as const
  ).map(([op, which, title, claim, reconciled]) =>
    always({
      id: `v1.${op}-${which}-stuck`,
      title,
      claim,
      strategy: 'v1',
      fence: 'on',
      about: (o) => hadCell(o, op, which),
      holds: (o) => o.afterRecovery.verdict === 'stuck' && (o.afterReconcile.verdict === 'consistent') === reconciled,
    }),
  ),
  always({
    id: 'v1.only-predicted-stuck',
    title: 'V1: only create case 4, confirm case 3 and delete case 3 end stuck',
    claim: 'the cases the note marks ❓ NOT reachable by retry are the only ones retry cannot repair',
    strategy: 'v1',
    fence: 'on',
    // Judged by where a schedule ends, however it got there: stuck only in a state one of the
    // three cells is left in, and repaired by reconciliation exactly when the note says so.
    holds: (o) => o.afterRecovery.verdict !== 'stuck' || stuckAsPredicted.some((predicted) => predicted(o)),
  }),
];
