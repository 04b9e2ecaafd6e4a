import type { GlobalAction } from '@/lib/coordinator/contract';
import type { FaultId } from '@/lib/faults/catalog';
import { payOrderIdFor } from '@/lib/trade/ids';
import { callFor } from '@/lib/trade/operations';
import { faultEvent } from '@/lib/trade/trade-events';
import type { NotCreatedCode } from '@/lib/trade/trade.errors';
import { tryTradeBranch } from '@/lib/trade/trade-branch';
import { begin, commitGlobal, register, rollbackGlobal, tryPayBranch } from './tc-calls';
import type { Tm } from './tm';

/** One of the note's operations, as a global transaction: what it does, the amount its branches carry. */
export interface GlobalPlan {
  action: GlobalAction;
  amountCents: number;
  /** Faults a scenario amount forces on the pay branch's Try and the trade branch's local step. */
  forced: readonly FaultId[];
}

/**
 * How a global transaction ended for its TM: the coordinator took the commit (phase 2 confirms
 * both branches, now or by its retries); it was rolled back, and why; or the TM cannot know —
 * the commit had no definite answer, or the TM itself crashed after its local Try — and the
 * coordinator's log decides (its timeout rolls back a transaction left Begin).
 */
export type GlobalEnd =
  { kind: 'committed' } | { kind: 'rolled-back'; code: NotCreatedCode; message: string } | { kind: 'in-doubt'; message: string };

/**
 * V3's TM: begin with the coordinator; for each branch register first, then its Try — the pay
 * branch's over the network, then the trade service's own change in trade.db; commit when every
 * Try answered a definite success, roll back on a definite failure or an unknown answer. Never a
 * guess: the coordinator carries the decision out, and retries it, from its log.
 */
export async function runGlobal(tm: Tm, plan: GlobalPlan): Promise<GlobalEnd> {
  const { ctx, tradeId } = tm;
  const { action, amountCents, forced } = plan;
  const begun = await begin(tm, action);
  if (begun.outcome.kind !== 'success') return unavailable(`the coordinator did not begin the transaction: ${why(begun.outcome)}`);
  const { xid } = begun.outcome.value;
  const abort = async (end: Extract<GlobalEnd, { kind: 'rolled-back' }>, failed: string[] = []): Promise<GlobalEnd> => {
    // Rolled back or not, the coordinator's log settles it: without an answer its timeout rolls back.
    await rollbackGlobal(tm, xid, failed);
    return end;
  };

  const payOrderId = payOrderIdFor(tradeId);
  const pay = await register(tm, xid, 'pay', { payOrderId, tradeId, amountCents });
  if (pay.outcome.kind !== 'success') return abort(unavailable(`the pay branch could not register: ${why(pay.outcome)}`));
  const tried = await tryPayBranch(tm, { payOrderId, tradeId, amountCents, xid, branchId: pay.outcome.value.branchId, action }, forced);
  if (tried.outcome.kind === 'failure')
    return abort({ kind: 'rolled-back', code: 'payment_rejected', message: tried.outcome.message }, [pay.outcome.value.branchId]);
  if (tried.outcome.kind === 'unknown')
    return abort({
      kind: 'rolled-back',
      code: 'payment_unknown',
      message: `the pay branch's try had no definite answer (${tried.outcome.reason}): rolled back`,
    });

  const trade = await register(tm, xid, 'trade', { tradeId, amountCents });
  if (trade.outcome.kind !== 'success') return abort(unavailable(`the trade branch could not register: ${why(trade.outcome)}`));
  const branchId = trade.outcome.value.branchId;
  const at = { op: callFor[action], payOrderId, tradeId };
  if (await ctx.steps.fires('local.fail_after_rpc', at, forced)) {
    tm.tell(faultEvent('local.fail_after_rpc', at.op, "the trade branch's try"));
    return abort({ kind: 'rolled-back', code: 'local_tx_failed', message: "the trade branch's local transaction failed: rolled back" }, [
      branchId,
    ]);
  }
  const local = await tryTradeBranch(ctx, { xid, branchId, action, tradeId, amountCents }, 'v3');
  // Refused: the coordinator had already cancelled the branch (its timeout), or another global transaction holds the row.
  if (!local.ok) return abort({ kind: 'rolled-back', code: 'global_rolled_back', message: local.rejection.message }, [branchId]);
  if (await ctx.steps.fires('local.crash_after_commit', at, forced)) {
    tm.tell(faultEvent('local.crash_after_commit', at.op, "after the trade branch's try"));
    return { kind: 'in-doubt', message: "the TM crashed after its local try: the coordinator's timeout rolls the transaction back" };
  }

  const committed = await commitGlobal(tm, xid);
  if (committed.outcome.kind === 'success') return { kind: 'committed' };
  if (committed.outcome.kind === 'failure')
    return { kind: 'rolled-back', code: 'global_rolled_back', message: `the coordinator refused the commit: ${committed.outcome.message}` };
  return { kind: 'in-doubt', message: `the commit had no definite answer (${committed.outcome.reason}): the coordinator's log decides` };
}

const unavailable = (message: string) => ({ kind: 'rolled-back', code: 'coordinator_unavailable', message }) as const;

const why = (outcome: { kind: 'failure'; message: string } | { kind: 'unknown'; reason: string }) =>
  outcome.kind === 'failure' ? outcome.message : outcome.reason;
