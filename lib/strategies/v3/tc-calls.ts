import { tcOutcomeOf, type BranchResource, type GlobalAction, type GlobalView, type TcRefusalCode } from '@/lib/coordinator/contract';
import type { FaultId } from '@/lib/faults/catalog';
import { outcomeOf, type BranchAnswer, type BranchRequest } from '@/lib/pay/contract';
import type { CallOutcome } from '@/lib/protocol/status-rule';
import type { RpcAttempt } from '@/lib/rpc/client';
import { payOrderIdFor } from '@/lib/trade/ids';
import { callFor } from '@/lib/trade/operations';
import { rpcEvent } from '@/lib/trade/trade-events';
import type { Tm } from './tm';
import { v3MessageEvent } from './v3-events';

type TcAttempt<T> = RpcAttempt<CallOutcome<T, TcRefusalCode>>;

/**
 * The TM's messages to the coordinator, through the trade service's RPC client: every fault of
 * the catalog applies to them on the wire. Each attempt goes into the trade's story.
 */
async function askTc<T>(
  { ctx, tradeId, tell }: Tm,
  message: 'begin' | 'register' | 'commit' | 'rollback',
  body: object,
  told: { xid: string | null; resource?: BranchResource },
): Promise<TcAttempt<T>> {
  const call = await ctx.rpc.send({
    address: { to: 'tc', endpoint: message },
    body,
    point: { op: message, payOrderId: payOrderIdFor(tradeId) },
    tradeId,
    read: tcOutcomeOf<T>,
    rejectable: false,
  });
  tell(v3MessageEvent({ message, ...told }, call));
  return call;
}

export const begin = (tm: Tm, action: GlobalAction) => askTc<GlobalView>(tm, 'begin', { tradeId: tm.tradeId, action }, { xid: null });

/** A branch registers before its Try, so that a Try that is lost still gets its Cancel. */
export const register = (tm: Tm, xid: string, resource: BranchResource, applicationData: object) =>
  askTc<{ branchId: string }>(tm, 'register', { xid, resource, applicationData }, { xid, resource });

export const commitGlobal = (tm: Tm, xid: string) => askTc<GlobalView>(tm, 'commit', { xid }, { xid });

/** `failed`: the branches whose Try answered a definite failure (the others may have run: each gets its Cancel). */
export const rollbackGlobal = (tm: Tm, xid: string, failed: string[]) =>
  askTc<GlobalView>(tm, 'rollback', failed.length ? { xid, failed } : { xid }, { xid });

/**
 * The pay branch's Try, from the TM straight to the provider (Seata's TM calls the participant;
 * the TC only hears of it through the registration).
 */
export async function tryPayBranch({ ctx, tell }: Tm, body: BranchRequest, forced: readonly FaultId[]) {
  const op = callFor[body.action];
  const { payOrderId, tradeId } = body;
  const call = await ctx.rpc.send(
    {
      address: { to: 'pay', endpoint: 'branch-try' },
      body,
      point: { op, payOrderId },
      tradeId,
      read: outcomeOf<BranchAnswer>,
      rejectable: true,
    },
    forced,
    { attempt: 1, tradeId },
  );
  tell(rpcEvent({ payOrderId, op, attempt: 1 }, call as RpcAttempt));
  return call;
}
