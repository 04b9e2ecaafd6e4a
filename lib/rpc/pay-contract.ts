import { z } from 'zod';
import type { Operation, ProviderState } from '@/lib/pay-order/pay-order.machine';

/**
 * The wire contract between the trade service (caller) and the pay service (provider).
 * 200 = definite success, 409 = definite failure; anything else is unknown to the caller.
 */
export const payOrderIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'payOrderId must be 1–64 letters, digits, - or _');

/**
 * The lab's "Provider rejects" fault, carried to the provider: it refuses the operation as the
 * business failure it could decide itself (insufficient funds) — after its fence, so a repeat
 * of an operation it already answered still gets that first answer.
 */
const simulated = { simulate: z.enum(['reject']).optional() };

export const tryRequestSchema = z.object({
  ...simulated,
  payOrderId: payOrderIdSchema,
  tradeId: z.string().min(1).max(64),
  amountCents: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  accountId: z.string().min(1).max(64).optional(),
});

export const payOrderRefSchema = z.object({ payOrderId: payOrderIdSchema });

export const confirmRequestSchema = payOrderRefSchema.extend(simulated);

export const cancelRequestSchema = payOrderRefSchema.extend({
  ...simulated,
  /** Lets an empty rollback record which trade it was for. */
  tradeId: z.string().min(1).max(64).optional(),
  /** What the caller believes was reserved; only a provider without its fence acts on it blindly. */
  amountCents: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  /** The caller is deleting its trade: once released, the provider removes its pay order too. */
  deleting: z.boolean().optional(),
});

export type TryRequest = z.infer<typeof tryRequestSchema>;
export type PayOrderRef = z.infer<typeof payOrderRefSchema>;
export type ConfirmRequest = z.infer<typeof confirmRequestSchema>;
export type CancelRequest = z.infer<typeof cancelRequestSchema>;

export interface ProviderPayOrderView {
  id: string;
  tradeId: string;
  accountId: string;
  amountCents: number;
  state: ProviderState;
  reservations: number;
}

/** A definite success: the provider's pay order after the operation (null after an empty rollback). */
export interface PayAnswer {
  op: Operation;
  payOrder: ProviderPayOrderView | null;
  /** True when the fence answered a repeat with the first answer. */
  replay: boolean;
  /** True for a cancel that found no try: nothing was released. */
  emptyRollback?: boolean;
  /** True for a cancel of a trade being deleted: the pay order was released and removed. */
  removed?: boolean;
}

export interface PayRejection {
  code: string;
  message: string;
}

/** What the fence keeps of a refused try or confirm, so that a repeat is refused the same way. */
export interface FencedRejection {
  op: Operation;
  rejection: PayRejection;
}

export type FenceAnswer = PayAnswer | FencedRejection;

export type PayRequest = { op: 'try'; body: TryRequest } | { op: 'confirm'; body: ConfirmRequest } | { op: 'cancel'; body: CancelRequest };
