import type { FaultId } from '@/lib/faults/catalog';
import type { FaultPoint } from '@/lib/faults/fault-injector';
import type { CaseCell, CaseNumber } from '@/lib/note/case-cell';
import { cellName } from '@/lib/note/case-matrix';
import type { Strategy } from '@/lib/strategies/catalog';
import type { TableOperation } from '@/lib/trade/operations';
import type { ScheduleOutcome } from './schedule-outcome';
import { pairText } from '@/lib/note/case-cell';

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
  strategy: Strategy | 'every';
  fence: 'on' | 'off';
  /** Is this schedule one the property speaks of? */
  about(o: ScheduleOutcome): boolean;
  /** `always`: null when it holds, else the class of the failure; `reachable`: true when this schedule shows it. */
  check(o: ScheduleOutcome): string | null | boolean;
}

const isCell = (cell: CaseCell | null, op: TableOperation, which: CaseNumber) => cell?.op === op && cell.case === which;
export const hadCell = (o: ScheduleOutcome, op: TableOperation, which: CaseNumber) => o.steps.some((s) => isCell(s.cell, op, which));

/** The schedule fired this fault (where the engine asked it for this operation, when one is named). */
export const fired = (o: ScheduleOutcome, id: FaultId, op?: FaultPoint['op']) =>
  o.choices.some((c) => c.taken === 1 && (op ? c.label === `fault ${id} on ${op}` : c.label.startsWith(`fault ${id} on `)));
const inScope = (p: Pick<Property, 'strategy' | 'fence'>, o: ScheduleOutcome) =>
  o.config.fence === p.fence && (p.strategy === 'every' || o.config.strategy === p.strategy);

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

export function reachable(p: Omit<Property, 'kind' | 'check' | 'about'> & { shows: (o: ScheduleOutcome) => boolean }): Property {
  const { shows, ...rest } = p;
  return { ...rest, kind: 'reachable', about: (o) => inScope(p, o), check: shows };
}
