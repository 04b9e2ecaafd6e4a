import { z } from 'zod';
import { tradeStatuses } from '@/db/trade/schema';
import { eventReshape } from '@/lib/events/stored-event';
import { faultIds, type FaultId } from '@/lib/faults/catalog';
import type { PayOrderSnapshot } from '@/lib/pay-order/decide';
import { operations, payOrderEventTypes, payOrderStates, type Operation } from '@/lib/pay-order/pay-order.machine';
import { refusalCodes, type RpcOutcome } from '@/lib/pay/contract';
import type { WireReply } from '@/lib/protocol/status-rule';
import type { RpcAttempt } from '@/lib/rpc/client';
import { strategies, strategyEventSchemas, type Strategy } from '@/lib/strategies/catalog';
import { tableOperations, tradeOperations, type ModifyOperation, type TableOperation } from './operations';
import { tradeBranchPhases, type BranchTradeView, type TradeBranchPhase, type TradeBranchRequest } from './trade-branch-contract';

/**
 * The trade service's events: every kind trade_event holds, one builder per kind (a strategy's
 * own kinds come from the catalog). Types and pure functions only, so the pages read the same
 * union the server writes. Each builder stores exactly what its writers stored before it, quirks
 * included — the recorded reports quote events whole.
 */

const payOrderId = z.string();
const operation = z.enum(operations);
const state = z.enum(payOrderStates);
const owed = operation.nullable();
const cents = z.number().int();
const requestEvents = z.enum(payOrderEventTypes).extract(['confirm.requested', 'cancel.requested']);
const answerEvents = z.enum(payOrderEventTypes).exclude(['confirm.requested', 'cancel.requested']);

/** The mirror's transitions (V2): a new trade's first state, a client's request recorded, an attempt's answer. */
const transition = z.discriminatedUnion('event', [
  z.strictObject({
    payOrderId,
    event: z.literal('trade.created'),
    from: z.null(),
    to: state,
    owed,
    strategy: z.enum(strategies),
    amountCents: cents,
  }),
  z.strictObject({
    payOrderId,
    event: requestEvents,
    from: state,
    to: state,
    owedBefore: owed,
    owed,
    op: z.enum(tradeOperations).exclude(['create']).describe('what the client asked: a delete owes a cancel'),
  }),
  z.strictObject({ payOrderId, event: answerEvents, from: state, to: state, owedBefore: owed, owed, attempt: z.number().int() }),
]);

const reply = z.strictObject({ status: z.number().int(), body: z.unknown() }) satisfies z.ZodType<WireReply>;

const rpc = z.strictObject({
  payOrderId,
  op: operation,
  attempt: z.union([z.number().int(), z.literal('redrive')]).describe("V1's re-drive from its local row keeps no count"),
  outcome: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('success'),
      value: z.unknown().optional().describe("the provider's answer again, where a strategy keeps it in the outcome too (V1)"),
    }),
    z.strictObject({ kind: z.literal('failure'), code: z.enum([...refusalCodes, 'rejected']), message: z.string() }),
    z.strictObject({ kind: z.literal('unknown'), reason: z.string() }),
  ]),
  fault: z.enum(faultIds).nullable(),
  providerReply: reply.nullable().describe("the provider's real reply, even one the caller never received"),
  lateDelivery: z.boolean().optional().describe('the request reaches the provider only after the caller gave up'),
  durationMs: z.number().int(),
  strategy: z.enum(strategies).optional(),
});

const recovery = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('sweep'), attempted: z.number().int(), converged: z.number().int(), force: z.boolean() }),
  z.strictObject({ kind: z.literal('stopped'), by: z.literal('hand') }),
  z.strictObject({
    kind: z.literal('not-repairable'),
    strategy: z.enum(strategies),
    op: z.enum(tableOperations),
    repairable: z.literal(false),
    why: z.string(),
  }),
]);

/** A trade branch's phase (V3): which branch of which global transaction, as the coordinator named them. */
const branch = { xid: z.string(), branchId: z.string(), action: z.enum(tableOperations) };
const branchTrade = z.strictObject({ status: z.enum(tradeStatuses), pending: z.enum(tableOperations).nullable() }).nullable();

/** Open at the top, strict in the detail: a stored row carries its id, time and trade beside the event. */
const kind = <T extends string, D extends z.ZodType>(type: T, detail: D) => z.object({ type: z.literal(type), detail });

export const tradeEventSchema = z.discriminatedUnion('type', [
  kind('transition', transition),
  kind('rpc', rpc),
  kind('rpc.late', z.strictObject({ payOrderId, op: operation, providerReply: reply.nullable() })),
  kind('fault', z.strictObject({ fault: z.enum(faultIds), op: operation, payOrderId: payOrderId.optional(), stage: z.string() })),
  kind('result.ignored', z.strictObject({ payOrderId, op: operation, outcome: z.enum(['success', 'failure', 'unknown']) })),
  kind('recovery', recovery),
  kind('trade', z.strictObject({ action: z.literal('purged'), payOrderId })),
  kind('reconcile', z.strictObject({ payOrderId, released: cents })),
  kind('lab.reset', z.strictObject({})),
  kind(
    'branch.phase',
    z.strictObject({
      ...branch,
      phase: z.enum(tradeBranchPhases),
      from: branchTrade,
      to: branchTrade,
      replay: z.literal(true).optional(),
      emptyRollback: z.literal(true).optional(),
    }),
  ),
  kind('branch.try.refused', z.strictObject({ ...branch, fence: z.literal('anti-hanging') })),
  ...strategyEventSchemas,
]);

export type TradeEvent = z.infer<typeof tradeEventSchema>;
/** One kind of the union, by its type. */
export type TradeEventOf<T extends TradeEvent['type']> = Extract<TradeEvent, { type: T }>;

/** trade_event's rows, read back into the union: the one reshape the event list, the story, the lanes and the explorer read. */
export const asTradeEvent = eventReshape('trade_event', tradeEventSchema);

/** The fault an event names: the one that shaped a call, or the one that aborted a local step. */
export const faultOf = (event: TradeEvent): FaultId | null => (event.type === 'rpc' || event.type === 'fault' ? event.detail.fault : null);

/** A transition that records a client's request (`confirm.requested` …), with what was asked; null for any other event. */
export const requestIn = (event: TradeEvent) => (event.type === 'transition' && 'op' in event.detail ? event.detail : null);

/** A transition that records an attempt's answer, with the attempt; null for any other event. */
export const answerIn = (event: TradeEvent) => (event.type === 'transition' && 'attempt' in event.detail ? event.detail : null);

/** V2's intent: a new trade's mirror, in its first state. */
export const createdEvent = (
  payOrderId: string,
  start: PayOrderSnapshot,
  strategy: Strategy,
  amountCents: number,
): TradeEventOf<'transition'> => ({
  type: 'transition',
  detail: { payOrderId, event: 'trade.created', from: null, to: start.state, owed: start.owed, strategy, amountCents },
});

/** The machine's events that record an answer to a call (or its absence), not a request. */
export type AnswerEvent = z.infer<typeof answerEvents>;

/** Why a mirror moves: a client's request it records, or the answer an attempt brought back. */
export type MirrorCause = { event: z.infer<typeof requestEvents>; op: ModifyOperation } | { event: AnswerEvent; attempt: number };

/** A mirror's move, as the machine decided it, and what moved it. */
export function transitionEvent(
  payOrderId: string,
  before: PayOrderSnapshot,
  after: PayOrderSnapshot,
  cause: MirrorCause,
): TradeEventOf<'transition'> {
  const [from, to, owedBefore, owed] = [before.state, after.state, before.owed, after.owed];
  return {
    type: 'transition',
    detail:
      'op' in cause
        ? { payOrderId, event: cause.event, from, to, owedBefore, owed, op: cause.op }
        : { payOrderId, event: cause.event, from, to, owedBefore, owed, attempt: cause.attempt },
  };
}

/** How a writer records its RPC attempts: each strategy has always kept its own way, and the reports quote them. */
export interface AttemptRecord {
  /** The strategy named in the record. */
  strategy?: Strategy;
  /** A success's answer kept in the outcome as well; otherwise it is in providerReply only — not stored twice. */
  answerInOutcome?: boolean;
  /** No lateDelivery in the record. */
  withoutLateDelivery?: boolean;
}

/** One RPC attempt: what was sent, what came back, what shaped it. The only place its detail is built. */
export function rpcEvent(
  sent: { payOrderId: string; op: Operation; attempt: number | 'redrive' },
  call: RpcAttempt,
  record: AttemptRecord = {},
): TradeEventOf<'rpc'> {
  return {
    type: 'rpc',
    detail: {
      payOrderId: sent.payOrderId,
      op: sent.op,
      attempt: sent.attempt,
      outcome: call.outcome.kind === 'success' && !record.answerInOutcome ? { kind: 'success' } : call.outcome,
      fault: call.fault,
      providerReply: call.providerReply,
      ...(record.withoutLateDelivery ? {} : { lateDelivery: call.lateDelivery }),
      durationMs: call.durationMs,
      ...(record.strategy ? { strategy: record.strategy } : {}),
    },
  };
}

/** A slow provider's late execution: the reply the caller had stopped waiting for. */
export const lateReplyEvent = (payOrderId: string, op: Operation, providerReply: WireReply | null): TradeEventOf<'rpc.late'> => ({
  type: 'rpc.late',
  detail: { payOrderId, op, providerReply },
});

/** A local step the fault catalog aborted, and where; the pay order is named once the flow has one on record. */
export const faultEvent = (fault: FaultId, op: Operation, stage: string, payOrderId?: string): TradeEventOf<'fault'> => ({
  type: 'fault',
  detail: { fault, op, ...(payOrderId === undefined ? {} : { payOrderId }), stage },
});

/** An answer that came back after someone else had settled or re-planned the pay order. */
export const ignoredResultEvent = (payOrderId: string, op: Operation, outcome: RpcOutcome['kind']): TradeEventOf<'result.ignored'> => ({
  type: 'result.ignored',
  detail: { payOrderId, op, outcome },
});

export const sweepEvent = (attempted: number, converged: number, force: boolean): TradeEventOf<'recovery'> => ({
  type: 'recovery',
  detail: { kind: 'sweep', attempted, converged, force },
});

export const stoppedByHandEvent = (): TradeEventOf<'recovery'> => ({ type: 'recovery', detail: { kind: 'stopped', by: 'hand' } });

/** Retry cannot repair it: the local row no longer calls for the operation. */
export const notRepairableEvent = (strategy: Strategy, op: TableOperation, why: string): TradeEventOf<'recovery'> => ({
  type: 'recovery',
  detail: { kind: 'not-repairable', strategy, op, repairable: false, why },
});

/** V2's logical delete done: the trade and its mirror are gone. */
export const purgedEvent = (payOrderId: string): TradeEventOf<'trade'> => ({ type: 'trade', detail: { action: 'purged', payOrderId } });

/** The provider's reconciliation released an orphan's reservation. */
export const reconciledEvent = (payOrderId: string, released: number): TradeEventOf<'reconcile'> => ({
  type: 'reconcile',
  detail: { payOrderId, released },
});

export const resetEvent = (): TradeEventOf<'lab.reset'> => ({ type: 'lab.reset', detail: {} });

/** Which trade branch a phase was, as its request named it. */
type BranchRef = Pick<TradeBranchRequest, 'xid' | 'branchId' | 'action'>;

/** How a branch phase was answered beside its effect: a repeat of a finished one, or a Cancel that found no Try. */
export type How = { replay?: true; emptyRollback?: true };

/**
 * A trade branch's phase that answered a definite success (V3): the trade row before and after
 * it; a repeat the fence answered as the first time, or an empty rollback, says so.
 */
export const branchPhaseEvent = (
  req: BranchRef,
  phase: TradeBranchPhase,
  from: BranchTradeView | null,
  to: BranchTradeView | null,
  how: How = {},
): TradeEventOf<'branch.phase'> => ({
  type: 'branch.phase',
  detail: { xid: req.xid, branchId: req.branchId, action: req.action, phase, from, to, ...how },
});

/** Anti-hanging: a Try that came after its branch's Cancel wrote nothing. */
export const hangingTryRefusedEvent = (req: BranchRef): TradeEventOf<'branch.try.refused'> => ({
  type: 'branch.try.refused',
  detail: { xid: req.xid, branchId: req.branchId, action: req.action, fence: 'anti-hanging' },
});
