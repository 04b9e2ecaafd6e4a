import type { FaultId } from '@/lib/faults/catalog';
import type { PayRequest } from '@/lib/pay/contract';
import type { FlowOutcome } from '@/lib/trade/flow-outcome';
import { callFor, type TableOperation } from '@/lib/trade/operations';
import type { TradeContext } from '@/lib/trade/trade-context';
import type { CreateOutcome } from '../strategy';
import { deleteTrade, insertTrade, updateTrade } from '@/lib/trade/trade-rows';
import { payOrderIdFor } from '@/lib/trade/ids';
import { updateRequest } from '@/lib/trade/request-log';
import { type RequestRow } from '@/lib/trade/rows';
import { rpcInTransaction, type V1Result } from './rpc-in-transaction';

interface V1Options {
  forced?: readonly FaultId[];
  onUnknown?: 'assume-success' | 'assume-failure';
  /** Recovery's re-drive: it keeps its own account of what is owed, given the result. */
  redrive?: (result: V1Result) => Partial<RequestRow>;
}

/**
 * One V1 operation: its local change and its RPC in one transaction. Afterwards the lab notes,
 * with the operation's log in one commit, whether a re-drive is owed — V1 itself keeps no such
 * record — which is the case unless the result was definite.
 */
export async function runV1(ctx: TradeContext, trade: V1Trade, op: TableOperation, options: V1Options = {}): Promise<V1Result> {
  const result = await rpcInTransaction(ctx, operation(ctx, trade, op, options));
  return result;
}

/** A V1 create, and how it ended for the API. */
export async function createV1(ctx: TradeContext, trade: V1Trade, options: V1Options): Promise<CreateOutcome> {
  return { ...createOutcome(await rpcInTransaction(ctx, operation(ctx, trade, 'create', options))), answered: false };
}

type V1Trade = { tradeId: string; amountCents: number };

function operation(ctx: TradeContext, trade: V1Trade, op: TableOperation, options: V1Options): Parameters<typeof rpcInTransaction>[1] {
  const { tradeId, amountCents } = trade;
  const payOrderId = payOrderIdFor(tradeId);
  const at = ctx.clock.now();
  return {
    tradeId,
    op: callFor[op],
    request: requestFor(op, payOrderId, tradeId, amountCents),
    forced: options.forced ?? [],
    onUnknown: options.onUnknown ?? ctx.settings().v1OnUnknown,
    redrive: options.redrive !== undefined,
    localChange: (db) => {
      if (op === 'create') insertTrade(db, { id: tradeId, amountCents, strategy: 'v1', status: 'created', createdAt: at, updatedAt: at });
      if (op === 'confirm') updateTrade(db, tradeId, { status: 'confirmed', updatedAt: at });
      if (op === 'delete') deleteTrade(db, tradeId);
    },
    bookkeeping: (db, result) =>
      updateRequest(db, tradeId, {
        lastOp: op,
        ...(options.redrive?.(result) ?? { redrive: isDefinite(result) ? 'done' : 'owed', nextRedriveAt: null }),
      }),
  };
}

/** Committed on a success, or rolled back on a refusal or before the call: nothing for a retry to repair. */
export const isDefinite = (result: V1Result) =>
  result.committed ? result.outcome.kind === 'success' : result.stage === 'before-rpc' || result.outcome?.kind === 'failure';

/** How a V1 create ended for the API: the trade exists only if the transaction committed. */
function createOutcome(result: V1Result): FlowOutcome {
  if (result.committed)
    return { kind: 'created', note: result.outcome.kind === 'unknown' ? 'the payment result was unknown; V1 assumed success' : undefined };
  if (result.stage === 'before-rpc')
    return { kind: 'not-created', code: 'local_tx_failed', message: 'the local transaction failed before the RPC: no trade, no payment' };
  const outcome = result.outcome;
  if (outcome?.kind === 'failure')
    return {
      kind: 'not-created',
      code: 'payment_rejected',
      message: `the provider refused the payment (${outcome.code}); the transaction rolled back`,
    };
  if (outcome?.kind === 'unknown')
    return { kind: 'not-created', code: 'payment_unknown', message: 'the payment result was unknown; V1 assumed failure and rolled back' };
  return {
    kind: 'not-created',
    code: 'local_tx_failed',
    message: 'the local commit failed after the RPC succeeded: the provider holds a payment with no trade',
  };
}

function requestFor(op: TableOperation, payOrderId: string, tradeId: string, amountCents: number): PayRequest {
  if (op === 'create') return { op: 'try', body: { payOrderId, tradeId, amountCents } };
  if (op === 'confirm') return { op: 'confirm', body: { payOrderId } };
  return { op: 'cancel', body: { payOrderId, tradeId, amountCents, deleting: true } };
}
