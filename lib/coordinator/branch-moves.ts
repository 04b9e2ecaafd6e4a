import type { TcDb } from '@/db/tc/client';
import type { BranchEvent } from '@/lib/global-tx/branch.machine';
import { branches } from '@/lib/global-tx/decide';
import { branchMovedEvent } from './tc-events';
import { branchIdOf, insertTcEvent, updateBranch, type BranchRow, type GlobalRow } from './tc-log';

/** Moves a branch by the machine and logs the move (in the caller's transaction); false when the machine refuses. */
export function moveBranch(
  db: TcDb,
  global: Pick<GlobalRow, 'id' | 'tradeId'>,
  branch: BranchRow,
  event: BranchEvent,
  at: number,
  attempts = branch.attempts,
): boolean {
  const decision = branches.decide(branch.status, event);
  if (!decision.accepted) return false;
  updateBranch(db, branch.id, { status: decision.next, attempts, updatedAt: at });
  insertTcEvent(db, {
    ...branchMovedEvent({ branchId: branchIdOf(branch.id), event: event.type, from: branch.status, to: decision.next }),
    at,
    xid: global.id,
    tradeId: global.tradeId,
  });
  return true;
}
