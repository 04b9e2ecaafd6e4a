import type { InvariantId } from '@/lib/consistency/invariants';
import { caseMatrix, cellName, type CaseCell } from '@/lib/note/case-matrix';
import type { CaseNumber } from '@/lib/note/case-faults';
import type { Strategy } from '@/lib/strategies/catalog';
import type { TableOperation } from '@/lib/trade/operations';
import type { Anomaly, ScheduleOutcome } from './run-schedule';

/**
 * One of the note's claims, as a property of schedules. `always`: it must hold on every schedule
 * it is about; `reachable`: some schedule must show it (the fence's anomalies, with the fence off).
 */
export interface Property {
  id: string;
  title: string;
  /** Where the claim comes from, in the note's words. */
  claim: string;
  kind: 'always' | 'reachable';
  strategy: Strategy | 'both';
  fence: 'on' | 'off';
  /** Is this schedule one the property speaks of? */
  about(o: ScheduleOutcome): boolean;
  /** `always`: null when it holds, else the class of the failure; `reachable`: true when this schedule shows it. */
  check(o: ScheduleOutcome): string | null | boolean;
}

const isCell = (cell: CaseCell | null, op: TableOperation, which: CaseNumber) => cell?.op === op && cell.case === which;
const hadCell = (o: ScheduleOutcome, op: TableOperation, which: CaseNumber) => o.steps.some((s) => isCell(s.cell, op, which));
const inScope = (p: Pick<Property, 'strategy' | 'fence'>, o: ScheduleOutcome) =>
  o.config.fence === p.fence && (p.strategy === 'both' || o.config.strategy === p.strategy);

const pairText = ([caller, provider]: readonly string[]) => `(${caller}, ${provider})`;

/** A schedule told in the note's terms: each step's case (or what it left), then where quiescence ended. */
export function describeOutcome(o: ScheduleOutcome): string {
  const steps = o.steps.map((s) => (s.cell ? cellName(s.cell) : `${s.op} → ${s.answer} ${pairText(s.pair)}`));
  return `${steps.join(', then ')}; after recovery ${pairText(o.afterRecovery.pair)} ${o.afterRecovery.verdict}`;
}

/** An `always` property over the schedules it is about, failing with the schedule told in the note's terms. */
function always(
  p: Omit<Property, 'kind' | 'check' | 'about'> & { about?: (o: ScheduleOutcome) => boolean; holds: (o: ScheduleOutcome) => boolean },
): Property {
  const { holds, about, ...rest } = p;
  return {
    ...rest,
    kind: 'always',
    about: (o) => inScope(p, o) && (about?.(o) ?? true),
    check: (o) => (holds(o) ? null : describeOutcome(o)),
  };
}

function reachable(p: Omit<Property, 'kind' | 'check' | 'about'> & { shows: (o: ScheduleOutcome) => boolean }): Property {
  const { shows, ...rest } = p;
  return { ...rest, kind: 'reachable', about: (o) => inScope(p, o), check: shows };
}

/** V1's cells the note calls not repairable by retry: the state each is left in, and whether reconciliation repairs it. */
const stuckAsPredicted = (
  [
    ['create', 4, true],
    ['confirm', 3, false],
    ['delete', 3, true],
  ] as const
).map(([op, which, reconciled]) => {
  const cell = caseMatrix.find((c) => c.strategy === 'v1' && c.op === op && c.case === which)!;
  return (o: ScheduleOutcome) =>
    o.afterRecovery.pair[0] === cell.retried[0] &&
    o.afterRecovery.pair[1] === cell.retried[1] &&
    (o.afterReconcile.verdict === 'consistent') === reconciled;
});

const invariant = (id: InvariantId, title: string, claim: string) =>
  always({
    id: `invariant.${id}`,
    title,
    claim,
    strategy: 'both',
    fence: 'on',
    holds: (o) => !o.afterReconcile.broken.includes(id),
  });

/** Which broken invariants each of the fence's anomalies explains. */
const explainedBy: Record<Anomaly, InvariantId[]> = {
  'reserved or charged twice': ['noDoubleReservation', 'moneyConserved', 'frozenMatchesReservations'],
  'released what was never reserved': ['frozenMatchesReservations', 'moneyConserved'],
  'a reservation left hanging': ['noHangingReservation'],
};

const anomalyShown = (anomaly: Anomaly) => (o: ScheduleOutcome) => o.afterReconcile.anomalies.includes(anomaly);

/** The note's claims (DESIGN.md, "The note's claims, as properties to check over every schedule"). */
export const properties: Property[] = [
  invariant('moneyConserved', 'money is conserved', 'Σ balance + Σ frozen + Σ confirmed payments is constant'),
  invariant(
    'frozenMatchesReservations',
    'frozen = open reservations',
    "each account's frozen amount equals the sum of its open reservations",
  ),
  invariant('noDoubleReservation', 'no pay order reserved or charged twice', 'idempotency: a repeat gets the first answer'),
  invariant('answeredTradesPresent', 'every trade answered 201 exists, unless deleted', 'a trade the API confirmed is never lost'),
  always({
    id: 'v2.never-pay-only',
    title: 'V2: never pay only',
    claim: 'RPC outside the transaction rules out "local row rolled back while the provider’s row exists"',
    strategy: 'v2',
    fence: 'on',
    holds: (o) => !o.payOnlySeen,
  }),
  always({
    id: 'v2.definite-only',
    title: 'V2: changes state only on a definite result',
    claim: 'change state only on a definite result; an unknown outcome leaves the mirror in unknown, owing the same operation',
    strategy: 'v2',
    fence: 'on',
    holds: (o) => o.guessed === null,
  }),
  always({
    id: 'v2.converges',
    title: 'V2 with the fence: every schedule converges once faults stop',
    claim: 'local commits, RPC fails → idempotency + retry converges',
    strategy: 'v2',
    fence: 'on',
    holds: (o) => o.afterRecovery.verdict === 'consistent',
  }),
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
  reachable({
    id: 'fence-off.double-reservation',
    title: 'with the fence off: a double reservation',
    claim: 'idempotency: without it a repeated try reserves (or a repeated confirm charges) again',
    strategy: 'both',
    fence: 'off',
    shows: anomalyShown('reserved or charged twice'),
  }),
  reachable({
    id: 'fence-off.empty-rollback',
    title: 'with the fence off: money released that was never reserved',
    claim: 'empty rollback: a cancel that finds no try must release nothing',
    strategy: 'both',
    fence: 'off',
    shows: anomalyShown('released what was never reserved'),
  }),
  reachable({
    id: 'fence-off.hanging',
    title: 'with the fence off: a reservation left hanging by a late try',
    claim: 'anti-hanging: a try that arrives after its cancel must be refused',
    strategy: 'both',
    fence: 'off',
    shows: anomalyShown('a reservation left hanging'),
  }),
  always({
    id: 'fence-off.named',
    title: 'with the fence off, every broken invariant is one of those three anomalies',
    claim: 'the fence guards idempotency, empty rollback and anti-hanging — and nothing else breaks without it',
    strategy: 'both',
    fence: 'off',
    holds: (o) => o.afterReconcile.broken.every((id) => o.afterReconcile.anomalies.some((anomaly) => explainedBy[anomaly].includes(id))),
  }),
];
