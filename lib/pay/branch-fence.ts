import type { PayDb } from '@/db/pay/client';
import { tccFenceLog } from '@/db/pay/schema';
import { fenceLogStatus, writeFenceLog } from '@/db/tcc-fence-log';
import { fenceRules as rules, type FenceRule } from '@/lib/global-tx/fence-rules';
import type { Operation } from '@/lib/pay-order/pay-order.machine';
import type { BranchRequest, RefusalCode } from './contract';

/**
 * The pay branch's fence (V3), with Seata's tcc_fence_log rules: each phase reads its branch's
 * row in pay.db and does what the rules say, and the row's new status is written in the same
 * local transaction as the phase's effect.
 */

export type BranchStatus = typeof tccFenceLog.$inferSelect.status;

/**
 * The shared rules, their refusals answered as the provider's own codes: a fence refusal the
 * provider's contract does not list fails to compile here.
 */
export const fenceRules: Record<Operation, Record<BranchStatus | 'none', FenceRule<RefusalCode>>> = rules;

export function branchStatus(db: PayDb, branch: Pick<BranchRequest, 'xid' | 'branchId'>): BranchStatus | undefined {
  return fenceLogStatus(db, tccFenceLog, branch);
}

/** Writes the branch's new status: its first row, or the one it had moved on. */
export function recordBranch(
  db: PayDb,
  branch: Pick<BranchRequest, 'xid' | 'branchId' | 'action'>,
  status: BranchStatus,
  at: number,
  had: BranchStatus | undefined,
): void {
  writeFenceLog(db, tccFenceLog, branch, status, at, had);
}
