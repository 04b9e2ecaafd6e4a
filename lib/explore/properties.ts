import type { InvariantId } from '@/lib/consistency/invariants';
import type { CaseCell, CaseNumber } from '@/lib/note/case-cell';
import { cellName } from '@/lib/note/case-matrix';
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
export const hadCell = (o: ScheduleOutcome, op: TableOperation, which: CaseNumber) => o.steps.some((s) => isCell(s.cell, op, which));
const inScope = (p: Pick<Property, 'strategy' | 'fence'>, o: ScheduleOutcome) =>
  o.config.fence === p.fence && (p.strategy === 'both' || o.config.strategy === p.strategy);

const pairText = ([caller, provider]: readonly string[]) => `(${caller}, ${provider})`;

/** A schedule told in the note's terms: each step's case (or what it left), then where quiescence ended. */
export function describeOutcome(o: ScheduleOutcome): string {
  const steps = o.steps.map((s) => (s.cell ? cellName(s.cell) : `${s.op} → ${s.answer} ${pairText(s.pair)}`));
  return `${steps.join(', then ')}; after recovery ${pairText(o.afterRecovery.pair)} ${o.afterRecovery.verdict}`;
}

/** An `always` property over the schedules it is about, failing with the schedule told in the note's terms. */
export function always(
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
