import { and, eq, sql } from 'drizzle-orm';
import { prepared } from '@/db/prepared';
import type { PayDb } from '@/db/pay/client';
import { tccFenceLog } from '@/db/pay/schema';
import type { Operation } from '@/lib/pay-order/pay-order.machine';
import type { BranchRequest, RefusalCode } from './contract';

/**
 * The per-branch fence of a global transaction (V3), with Seata's tcc_fence_log rules. Each
 * phase reads its branch's row and does what the rules say, and the row's new status is
 * written in the same local transaction as the phase's effect: the effect runs once per
 * branch and phase, whatever the network repeats or reorders.
 */

export type BranchStatus = typeof tccFenceLog.$inferSelect.status;

type Refusal = { refuse: RefusalCode; because: string };

/** run: do the phase's effect; replay: answer as the first time; empty: an empty rollback; or a definite refusal. */
export type FenceRule = 'run' | 'replay' | 'empty' | Refusal;

const lateTry: Refusal = { refuse: 'try_after_cancel', because: 'its cancel came first: a late try must not act (anti-hanging)' };
const cancelled: Refusal = { refuse: 'already_cancelled', because: 'it was cancelled: it can never be confirmed' };

export const fenceRules: Record<Operation, Record<BranchStatus | 'none', FenceRule>> = {
  try: { none: 'run', tried: 'replay', committed: 'replay', rollbacked: lateTry, suspended: lateTry },
  // Never commit a branch whose try did not land.
  confirm: {
    none: { refuse: 'not_reserved', because: 'its try never landed: there is nothing to confirm' },
    tried: 'run',
    committed: 'replay',
    rollbacked: cancelled,
    suspended: cancelled,
  },
  // A cancel with no try is an empty rollback, recorded so that the late try is refused.
  cancel: {
    none: 'empty',
    tried: 'run',
    committed: { refuse: 'already_confirmed', because: 'it was confirmed: it can no longer be cancelled' },
    rollbacked: 'replay',
    suspended: 'replay',
  },
};

/** The status a phase's effect leaves its branch in. */
export const statusAfter: Record<Operation, BranchStatus> = { try: 'tried', confirm: 'committed', cancel: 'rollbacked' };

const p = sql.placeholder;
const byBranch = and(eq(tccFenceLog.xid, p('xid')), eq(tccFenceLog.branchId, p('branchId')));

export function branchStatus(db: PayDb, branch: Pick<BranchRequest, 'xid' | 'branchId'>): BranchStatus | undefined {
  const row = prepared(db, 'branchStatus', () => db.select({ status: tccFenceLog.status }).from(tccFenceLog).where(byBranch).prepare()).get(
    {
      xid: branch.xid,
      branchId: branch.branchId,
    },
  );
  return row?.status;
}

/** Writes the branch's new status: its first row, or the one it had moved on. */
export function recordBranch(
  db: PayDb,
  branch: Pick<BranchRequest, 'xid' | 'branchId' | 'action'>,
  status: BranchStatus,
  at: number,
  had: BranchStatus | undefined,
): void {
  const values = { xid: branch.xid, branchId: branch.branchId, action: branch.action, status, at };
  if (had) {
    prepared(db, 'updateBranch', () =>
      db
        .update(tccFenceLog)
        .set({ status: sql`${p('status')}`, at: sql`${p('at')}` })
        .where(byBranch)
        .prepare(),
    ).run(values);
  } else {
    // A plain insert: the row was read as absent in this same transaction, so a conflict is a bug.
    prepared(db, 'insertBranch', () =>
      db
        .insert(tccFenceLog)
        .values({ xid: p('xid'), branchId: p('branchId'), action: p('action'), status: p('status'), at: p('at') })
        .prepare(),
    ).run(values);
  }
}
