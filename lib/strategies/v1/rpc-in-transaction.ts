import type { TradeDb } from '@/db/trade/client';
import { countCommit } from '@/db/prepared';
import type { FaultId } from '@/lib/faults/catalog';
import type { Operation } from '@/lib/pay-order/pay-order.machine';
import type { PayRequest, RpcOutcome } from '@/lib/pay/contract';
import type { LabSettings } from '@/lib/settings/settings';
import { commit } from '@/lib/trade/commit';
import type { TradeContext } from '@/lib/trade/trade-context';
import { insertEvent } from '@/lib/trade/event-log';
import { faultEvent, rpcEvent, type TradeEvent } from '@/lib/trade/trade-events';
import { v1Attempts } from './v1-attempts';
import { v1DecisionEvent } from './v1-events';

export type V1Result =
  { committed: true; outcome: RpcOutcome } | { committed: false; stage: 'before-rpc' | 'after-rpc'; outcome?: RpcOutcome };

type PendingEvent = TradeEvent & {
  /** When it happened: the log is written later, maybe after another V1 transaction held the gate. */
  at: number;
};

/**
 * V1 — the RPC inside the local transaction: BEGIN → local change → RPC → COMMIT or ROLLBACK,
 * on a connection of its own, holding trade.db's write lock for the whole call. V1 keeps no
 * mirror: on an unknown result it can only guess (`v1OnUnknown`), and either guess can be wrong.
 */
export async function rpcInTransaction(
  ctx: TradeContext,
  spec: {
    tradeId: string;
    op: Operation;
    request: PayRequest;
    forced: readonly FaultId[];
    onUnknown: LabSettings['v1OnUnknown'];
    localChange: (db: TradeDb) => void;
    /** Recovery repeating the operation from the local row, not the client asking. */
    redrive?: boolean;
    /** What the lab notes of the result (whether a re-drive is owed): in the same commit as the log. */
    bookkeeping: (db: TradeDb, result: V1Result) => void;
  },
): Promise<V1Result> {
  // What happens inside the transaction is logged after it ends: the log must not roll back with it.
  const pending: PendingEvent[] = [];
  const fires = (id: FaultId) =>
    ctx.steps.fires(id, { op: spec.op, payOrderId: spec.request.body.payOrderId, tradeId: spec.tradeId }, spec.forced);
  const result = await ctx.gate.hold(async (): Promise<V1Result> => {
    const sqlite = ctx.txDb.$client;
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      spec.localChange(ctx.txDb);
      const finish = (commit: boolean, result: V1Result, why: string) => end(ctx, sqlite, commit, result, pending, spec.op, why);
      const localFault = (fault: 'local.fail_before_rpc' | 'local.fail_after_rpc', stage: string) =>
        pending.push({ ...faultEvent(fault, spec.op, stage), at: ctx.clock.now() });
      if (await fires('local.fail_before_rpc')) {
        localFault('local.fail_before_rpc', 'inside the V1 transaction, before the call');
        return finish(false, { committed: false, stage: 'before-rpc' }, 'the local transaction failed before the RPC');
      }
      const attempt = spec.redrive ? 'redrive' : 1;
      const call = await ctx.rpc.call(spec.request, spec.forced, { attempt, tradeId: spec.tradeId });
      pending.push({
        ...rpcEvent({ payOrderId: spec.request.body.payOrderId, op: spec.op, attempt }, call, v1Attempts),
        at: ctx.clock.now(),
      });
      const { outcome } = call;
      const rolledBack: V1Result = { committed: false, stage: 'after-rpc', outcome };
      if (outcome.kind === 'failure') return finish(false, rolledBack, `the provider refused: ${outcome.code}`);
      if (outcome.kind === 'unknown' && spec.onUnknown === 'assume-failure')
        return finish(false, rolledBack, 'unknown result, assumed failed');
      if (await fires('local.fail_after_rpc')) {
        localFault('local.fail_after_rpc', 'committing the V1 transaction');
        return finish(false, rolledBack, 'the local commit failed after the RPC');
      }
      return finish(
        true,
        { committed: true, outcome },
        outcome.kind === 'success' ? 'the provider succeeded' : 'unknown result, assumed succeeded',
      );
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw error;
    }
  });
  await commit(ctx, (db) => {
    pending.forEach((e) => insertEvent(db, { tradeId: spec.tradeId, ...e }));
    spec.bookkeeping(db, result);
  });
  return result;
}

function end(
  ctx: TradeContext,
  sqlite: TradeDb['$client'],
  commit: boolean,
  result: V1Result,
  pending: PendingEvent[],
  op: Operation,
  why: string,
): V1Result {
  sqlite.exec(commit ? 'COMMIT' : 'ROLLBACK');
  if (commit) countCommit(sqlite);
  pending.push({ ...v1DecisionEvent(op, commit, why), at: ctx.clock.now() });
  return result;
}
