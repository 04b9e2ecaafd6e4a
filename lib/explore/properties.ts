import type { InvariantId } from '@/lib/consistency/invariants';
import { always, reachable, type Property } from './property';
import type { Anomaly, ScheduleOutcome } from './schedule-outcome';

const invariant = (id: InvariantId, title: string, claim: string) =>
  always({
    id: `invariant.${id}`,
    title,
    claim,
    strategy: 'every',
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

/** The note's claims every strategy answers to, with the fence on: the books balance (DESIGN.md, "The note's claims"). */
export const invariantClaims: Property[] = [
  invariant('moneyConserved', 'money is conserved', 'Σ balance + Σ frozen + Σ confirmed payments is constant'),
  invariant(
    'frozenMatchesReservations',
    'frozen = open reservations',
    "each account's frozen amount equals the sum of its open reservations",
  ),
  invariant('noDoubleReservation', 'no pay order reserved or charged twice', 'idempotency: a repeat gets the first answer'),
  invariant('answeredTradesPresent', 'every trade answered 201 exists, unless deleted', 'a trade the API confirmed is never lost'),
];

/** With the fence off, each of its guards' anomalies is reachable — and nothing else breaks. */
export const fenceOffClaims: Property[] = [
  reachable({
    id: 'fence-off.double-reservation',
    title: 'with the fence off: a double reservation',
    claim: 'idempotency: without it a repeated try reserves (or a repeated confirm charges) again',
    strategy: 'every',
    fence: 'off',
    shows: anomalyShown('reserved or charged twice'),
  }),
  reachable({
    id: 'fence-off.empty-rollback',
    title: 'with the fence off: money released that was never reserved',
    claim: 'empty rollback: a cancel that finds no try must release nothing',
    strategy: 'every',
    fence: 'off',
    shows: anomalyShown('released what was never reserved'),
  }),
  reachable({
    id: 'fence-off.hanging',
    title: 'with the fence off: a reservation left hanging by a late try',
    claim: 'anti-hanging: a try that arrives after its cancel must be refused',
    strategy: 'every',
    fence: 'off',
    shows: anomalyShown('a reservation left hanging'),
  }),
  always({
    id: 'fence-off.named',
    title: 'with the fence off, every broken invariant is one of those three anomalies',
    claim: 'the fence guards idempotency, empty rollback and anti-hanging — and nothing else breaks without it',
    strategy: 'every',
    fence: 'off',
    holds: (o) => o.afterReconcile.broken.every((id) => o.afterReconcile.anomalies.some((anomaly) => explainedBy[anomaly].includes(id))),
  }),
];
