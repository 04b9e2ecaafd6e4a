import { z } from 'zod';
import { operations, type Operation, type ProviderState } from '@/lib/pay-order/pay-order.machine';

/**
 * The pay service's published contract: what a caller may send, what it gets back, and what
 * each answer means. The provider owns it; the trade service's RPC client imports it. It is the
 * only module of the pay service the caller's side may import.
 */

/**
 * The provider's endpoints: the three TCC operations, a read of one pay order, and the three
 * phases of a global transaction's pay branch (V3: its Try from the caller, its Confirm or
 * Cancel from the coordinator).
 */
export const payEndpoints = [...operations, 'query', 'branch-try', 'branch-confirm', 'branch-cancel'] as const;
export type PayEndpoint = (typeof payEndpoints)[number];

export const isPayEndpoint = (name: string): name is PayEndpoint => (payEndpoints as readonly string[]).includes(name);

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

/** The note's operations a global transaction (V3) runs; each has a branch at the pay service. */
export const branchActions = ['create', 'confirm', 'delete'] as const;
export type BranchAction = (typeof branchActions)[number];

/**
 * One phase of a global transaction's pay branch: the same body for its Try, Confirm and
 * Cancel, as a coordinator keeps a branch's data once and sends it with each phase. The pay
 * order's fields are a try's: a create's Try reserves them, and without the fence a Cancel
 * that found no Try releases the amount named here.
 */
export const branchRequestSchema = tryRequestSchema.extend({
  /** The global transaction, as the coordinator named it. */
  xid: z.string().min(1).max(128),
  /** The pay service's branch of it, as the coordinator registered it. */
  branchId: z.string().min(1).max(128),
  action: z.enum(branchActions),
});

export type TryRequest = z.infer<typeof tryRequestSchema>;
export type ConfirmRequest = z.infer<typeof confirmRequestSchema>;
export type CancelRequest = z.infer<typeof cancelRequestSchema>;
export type BranchRequest = z.infer<typeof branchRequestSchema>;

/** One call to the provider: the operation and its body. */
export type PayRequest = { op: 'try'; body: TryRequest } | { op: 'confirm'; body: ConfirmRequest } | { op: 'cancel'; body: CancelRequest };

export interface ProviderPayOrderView {
  id: string;
  tradeId: string;
  accountId: string;
  amountCents: number;
  state: ProviderState;
  reservations: number;
  /** The global transaction whose confirm or delete has passed its Try on this order (V3); absent when none. */
  heldBy?: string;
}

/** A definite success: the provider's pay order after the operation (null after an empty rollback). */
export interface PayAnswer {
  op: Operation;
  payOrder: ProviderPayOrderView | null;
  /** True when the fence answered a repeat with its first answer (the wire's word for a repeat). */
  replay: boolean;
  /** True for a cancel that found no try: nothing was released. */
  emptyRollback?: boolean;
  /** True for a cancel of a trade being deleted: the pay order was released and removed. */
  removed?: boolean;
}

/** A branch phase's definite success: the pay order after it, and which branch it was. `op` is the phase. */
export interface BranchAnswer extends PayAnswer {
  xid: string;
  branchId: string;
  action: BranchAction;
}

/** Every definite failure the provider can answer with: a business refusal, never a guess. */
export const refusalCodes = [
  'insufficient_funds',
  'unknown_account',
  'try_after_cancel',
  'already_tried',
  'not_reserved',
  'already_confirmed',
  'already_cancelled',
  /** Another global transaction's confirm or delete holds the pay order: two must not both proceed. */
  'held',
] as const;
export type RefusalCode = (typeof refusalCodes)[number];

export interface PayRejection {
  code: RefusalCode;
  message: string;
}

/** What the provider decided: a definite success or a definite refusal. */
export type PayResult = { ok: true; answer: PayAnswer } | { ok: false; rejection: PayRejection };

/** What a branch phase decided; a PayResult too, answered by the same status rule. */
export type BranchResult = { ok: true; answer: BranchAnswer } | { ok: false; rejection: PayRejection };

/**
 * The three outcomes of a network call, as the caller sees them: only the first two are
 * definite. A refusal whose body the caller cannot read is still definite: `rejected`.
 */
export type RpcOutcome<A extends PayAnswer = PayAnswer> =
  | { kind: 'success'; value: A }
  | { kind: 'failure'; code: RefusalCode | 'rejected'; message: string }
  | { kind: 'unknown'; reason: string };

/** An answer on the wire. */
export interface WireReply {
  status: number;
  body: unknown;
}

/** The status rule, written once for both sides: 200 is a definite success, 409 a definite failure. */
const definite = { success: 200, failure: 409 } as const;

/** The answering side of the rule: the provider's, and any branch owner's the coordinator calls. */
export function replyFor(result: { ok: true; answer: unknown } | { ok: false; rejection: unknown }): WireReply {
  return result.ok ? { status: definite.success, body: result.answer } : { status: definite.failure, body: { error: result.rejection } };
}

/**
 * The caller's side of the rule: anything but 200 or 409 is no definite answer. A branch
 * phase's caller reads its success as `outcomeOf<BranchAnswer>`.
 */
export function outcomeOf<A extends PayAnswer = PayAnswer>(reply: WireReply): RpcOutcome<A> {
  if (reply.status === definite.success) return { kind: 'success', value: reply.body as A };
  if (reply.status === definite.failure) {
    const error = (reply.body as { error?: Partial<PayRejection> } | null)?.error;
    const code = refusalCodes.find((c) => c === error?.code) ?? 'rejected';
    return { kind: 'failure', code, message: error?.message ?? 'the provider refused' };
  }
  return { kind: 'unknown', reason: `HTTP ${reply.status} is not a definite answer` };
}

/**
 * What the provider's reconciliation asks the caller of each live reservation: does its trade
 * exist, is it gone, or is a flow for it still running (a V1 create holds its row in an open
 * transaction until the call returns)?
 */
export type TradePresence = 'present' | 'absent' | 'running';
