import { z } from 'zod';
import { eventReshape } from '@/lib/events/stored-event';
import type { Operation } from '@/lib/pay-order/pay-order.machine';
import { refusalCodes, type BranchAction, type RefusalCode } from './contract';

/**
 * The pay service's events: what its commits and its fence's answers did to each pay order, one
 * builder per kind. Pure data, so the pages and the read model can import it; pay_event stores
 * each builder's detail as JSON, exactly as built.
 */

const cents = z.number().int();
/** Whether the fence was on when the provider acted. */
const fenced = z.boolean();
/** The global transaction (V3) a branch's phase acted for. */
const xid = z.string();
/** The actions whose Try holds the pay order rather than reserving. */
const holdingActions = ['confirm', 'delete'] as const satisfies readonly BranchAction[];
const operationTypes = <S extends string>(suffix: S) => z.enum([`try.${suffix}`, `confirm.${suffix}`, `cancel.${suffix}`] as const);

export const payEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('try.reserved'), detail: z.strictObject({ amountCents: cents, fence: fenced }) }),
  z.object({ type: z.literal('try.refused'), detail: z.strictObject({ fence: z.literal('anti-hanging') }) }),
  z.object({ type: z.literal('confirm.charged'), detail: z.strictObject({ amountCents: cents, fence: fenced }) }),
  z.object({
    type: z.literal('cancel.released'),
    detail: z.strictObject({
      amountCents: cents.describe('0 when nothing was reserved: only a provider without its fence releases then'),
      fence: fenced,
      removed: z.literal(true).optional().describe('the trade is being deleted: the provider removed its pay order too'),
    }),
  }),
  z.object({ type: z.literal('cancel.empty'), detail: z.strictObject({ fence: z.literal('empty rollback') }) }),
  z.object({ type: z.literal('try.held'), detail: z.strictObject({ xid, action: z.enum(holdingActions), fence: fenced }) }),
  z.object({ type: z.literal('confirm.kept'), detail: z.strictObject({ xid, fence: fenced }) }),
  z.object({ type: z.literal('cancel.unheld'), detail: z.strictObject({ xid, fence: fenced }) }),
  z.object({
    type: operationTypes('replayed'),
    detail: z.strictObject({
      fence: z.literal('idempotency'),
      refused: z.literal(true).optional().describe('the first answer was a refusal'),
    }),
  }),
  z.object({ type: operationTypes('rejected'), detail: z.strictObject({ code: z.enum(refusalCodes), fence: fenced }) }),
]);

export type PayEvent = z.infer<typeof payEventSchema>;
type Of<T extends PayEvent['type']> = Extract<PayEvent, { type: T }>;

export const reservedEvent = (amountCents: number, fence: boolean): Of<'try.reserved'> => ({
  type: 'try.reserved',
  detail: { amountCents, fence },
});

/** Anti-hanging: a try that arrives after its cancel reserves nothing. */
export const hangingTryRefusedEvent = (): Of<'try.refused'> => ({ type: 'try.refused', detail: { fence: 'anti-hanging' } });

export const chargedEvent = (amountCents: number, fence: boolean): Of<'confirm.charged'> => ({
  type: 'confirm.charged',
  detail: { amountCents, fence },
});

export const releasedEvent = (amountCents: number, fence: boolean, removed: boolean): Of<'cancel.released'> => ({
  type: 'cancel.released',
  detail: { amountCents, fence, ...(removed ? { removed } : {}) },
});

/** A cancel that found no try: recorded, releasing nothing. */
export const emptyRollbackEvent = (): Of<'cancel.empty'> => ({ type: 'cancel.empty', detail: { fence: 'empty rollback' } });

/** A global transaction's confirm or delete passed its Try: the pay order is held for its phase two. */
export const heldEvent = (xid: string, action: (typeof holdingActions)[number], fence: boolean): Of<'try.held'> => ({
  type: 'try.held',
  detail: { xid, action, fence },
});

/** A create's Confirm: the reservation stays, as the trade's trySuccess; no money moves. */
export const keptEvent = (xid: string, fence: boolean): Of<'confirm.kept'> => ({ type: 'confirm.kept', detail: { xid, fence } });

/** A confirm's or delete's Cancel: the hold is let go, and nothing else changes. */
export const unheldEvent = (xid: string, fence: boolean): Of<'cancel.unheld'> => ({ type: 'cancel.unheld', detail: { xid, fence } });

/** Idempotency: a repeat answered with the first answer, a refusal included. */
export const replayedEvent = (op: Operation, refused: boolean): Of<`${Operation}.replayed`> => ({
  type: `${op}.replayed`,
  detail: { fence: 'idempotency', ...(refused ? { refused } : {}) },
});

/** A business refusal: nothing changed at the provider. */
export const rejectedEvent = (op: Operation, code: RefusalCode, fence: boolean): Of<`${Operation}.rejected`> => ({
  type: `${op}.rejected`,
  detail: { code, fence },
});

/** pay_event's rows, read back into the union: the one reshape every reader of them gets. */
export const asPayEvent = eventReshape('pay_event', payEventSchema);

/** The kinds that move money: a reservation into frozen, a release or a charge out of it. */
export const moneyEventTypes = ['try.reserved', 'cancel.released', 'confirm.charged'] as const satisfies readonly PayEvent['type'][];

/** What an event did to its account's frozen amount, in cents; a hold, a kept reservation or a fence's answer moves none. */
export function frozenChange(event: PayEvent): number {
  switch (event.type) {
    case 'try.reserved':
      return event.detail.amountCents;
    case 'cancel.released':
    case 'confirm.charged':
      return -event.detail.amountCents;
    default:
      return 0;
  }
}
