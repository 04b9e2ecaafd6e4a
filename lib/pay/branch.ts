import { inTransaction } from '@/db/prepared';
import type { PayDb } from '@/db/pay/client';
import type { Operation } from '@/lib/pay-order/pay-order.machine';
import { branchEffects } from './branch-effects';
import { statusAfter } from '@/lib/global-tx/fence-rules';
import { branchStatus, fenceRules, recordBranch, type BranchStatus } from './branch-fence';
import type { BranchRequest, BranchResult, PayAnswer } from './contract';
import { businessRefusal, simulatedRefusal } from './fence';
import { findPayOrder, recordPayEvent, reject, type PayContext } from './pay-context';
import { emptyRollbackEvent, hangingTryRefusedEvent, replayedEvent } from './pay-events';

/**
 * One phase of a global transaction's pay branch (V3), behind the per-branch fence: the rules
 * decide from the branch's row, the phase's effect runs, and the row's new status is written,
 * all in one local transaction. With the lab's fence off nothing is read or written there:
 * every phase runs its effect, and each guard's anomaly appears as it does for V1 and V2.
 */
export function runBranch(ctx: PayContext, phase: Operation, req: BranchRequest): BranchResult {
  const at = ctx.now();
  return inTransaction(ctx.db, (): BranchResult => {
    const { db } = ctx;
    const fenced = ctx.fenceOn();
    const status = fenced ? branchStatus(db, req) : undefined;
    const rule = fenced ? fenceRules[phase][status ?? 'none'] : 'run';
    // A delete's Confirm runs the provider's cancel effect: the answer names the phase it answers.
    const answered = (answer: PayAnswer): BranchResult => ({
      ok: true,
      answer: { ...answer, op: phase, xid: req.xid, branchId: req.branchId, action: req.action },
    });
    if (rule === 'replay') {
      recordPayEvent(db, at, req.payOrderId, req.tradeId, replayedEvent(phase, false));
      return answered(replayOf(db, phase, status, req));
    }
    if (typeof rule === 'object') {
      if (rule.refuse === 'try_after_cancel') recordPayEvent(db, at, req.payOrderId, req.tradeId, hangingTryRefusedEvent());
      return reject(rule.refuse, `branch ${req.branchId} of ${req.xid}: ${rule.because}`);
    }
    // After the fence, as for the provider's own operations: a repeat still gets its first answer.
    // The refusal is kept by no row: a refused Try leaves none (its local transaction wrote
    // nothing), and a refused Confirm or Cancel is still owed and will come again.
    if (req.simulate === 'reject') return businessRefusal(db, at, fenced, phase, req.payOrderId, req.tradeId, simulatedRefusal);
    if (rule === 'empty') {
      recordBranch(db, req, 'suspended', at, status);
      recordPayEvent(db, at, req.payOrderId, req.tradeId, emptyRollbackEvent());
      return answered({ op: 'cancel', payOrder: findPayOrder(db, req.payOrderId) ?? null, replay: false, emptyRollback: true });
    }
    const done = branchEffects[req.action][phase](db, at, req, fenced);
    if (!done.ok) return done;
    if (fenced) recordBranch(db, req, statusAfter[phase], at, status);
    return answered(done.answer);
  });
}

/**
 * A repeat of a finished phase: the same definite success as the first time, with the pay
 * order as it stands now (an empty rollback and a delete's removal said again).
 */
function replayOf(db: PayDb, phase: Operation, status: BranchStatus | undefined, req: BranchRequest): PayAnswer {
  return {
    op: phase,
    payOrder: findPayOrder(db, req.payOrderId) ?? null,
    replay: true,
    ...(status === 'suspended' ? { emptyRollback: true } : {}),
    ...(phase === 'confirm' && req.action === 'delete' ? { removed: true } : {}),
  };
}
