import { z } from 'zod';
import { eventReshape } from '@/lib/events/stored-event';
import { branchEventTypes, branchStatuses } from '@/lib/global-tx/branch.machine';
import { globalTransactionEventTypes, globalTransactionStatuses } from '@/lib/global-tx/global-transaction.machine';
import { branchResources, globalActions } from './contract';

/**
 * The coordinator's events: every kind tc_event holds, one builder per kind. Each status change
 * of the log is one, so a transaction's story at the TC reads as Seata's would.
 */

const globalStatus = z.enum(globalTransactionStatuses);
const branchStatus = z.enum(branchStatuses);
export const tcCrashPoints = ['after-begin', 'after-decision', 'between-phase-two-calls'] as const;
export type TcCrashPoint = (typeof tcCrashPoints)[number];

export const tcEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('global.begun'),
    detail: z.strictObject({ action: z.enum(globalActions), status: globalStatus, timeoutMs: z.number().int() }),
  }),
  z.object({
    type: z.literal('global.moved'),
    detail: z.strictObject({
      event: z.enum(globalTransactionEventTypes),
      from: globalStatus,
      to: globalStatus,
      attempts: z.number().int(),
    }),
  }),
  z.object({
    type: z.literal('branch.registered'),
    detail: z.strictObject({ branchId: z.string(), resource: z.enum(branchResources), status: branchStatus }),
  }),
  z.object({
    type: z.literal('branch.moved'),
    detail: z.strictObject({ branchId: z.string(), event: z.enum(branchEventTypes), from: branchStatus, to: branchStatus }),
  }),
  z.object({ type: z.literal('tc.crashed'), detail: z.strictObject({ point: z.enum(tcCrashPoints) }) }),
  z.object({ type: z.literal('tc.restarted'), detail: z.strictObject({ inFlight: z.number().int() }) }),
]);

export type TcEvent = z.infer<typeof tcEventSchema>;
type Detail<T extends TcEvent['type']> = Extract<TcEvent, { type: T }>['detail'];

export const begunEvent = (detail: Detail<'global.begun'>): TcEvent => ({ type: 'global.begun', detail });
export const globalMovedEvent = (detail: Detail<'global.moved'>): TcEvent => ({ type: 'global.moved', detail });
export const registeredEvent = (detail: Detail<'branch.registered'>): TcEvent => ({ type: 'branch.registered', detail });
export const branchMovedEvent = (detail: Detail<'branch.moved'>): TcEvent => ({ type: 'branch.moved', detail });
export const crashedEvent = (point: TcCrashPoint): TcEvent => ({ type: 'tc.crashed', detail: { point } });
export const restartedEvent = (inFlight: number): TcEvent => ({ type: 'tc.restarted', detail: { inFlight } });

/** tc_event's one reshape into the union. */
export const asTcEvent = eventReshape('tc_event', tcEventSchema);
