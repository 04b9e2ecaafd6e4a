import type { TcDb } from '@/db/tc/client';
import type { Clock } from '@/lib/clock/clock';
import { branches, globalTransactions } from '@/lib/global-tx/decide';
import type { GlobalTransactionEvent } from '@/lib/global-tx/global-transaction.machine';
import type { BranchResource, GlobalAction } from './contract';
import { moveBranch } from './branch-moves';
import type { TcCrashPoint } from './tc-events';
import { branchesOf, branchIdOf, findGlobal, logged, xidOf, type GlobalRow } from './tc-log';

export interface CoordinatorSettings {
  /** How long a TM may take to decide before the TC rolls its transaction back (Seata: 60 s). */
  globalTimeoutMs: number;
  /** Phase 2 is retried at this fixed interval (Seata: every second). */
  retryIntervalMs: number;
  /** Phase-2 rounds before a transaction is parked for a person; 0: retried forever (Seata's default). */
  retryLimit: number;
  /** A supervisor brings a crashed TC back after this long; 0: only a person restarts it. */
  restartAfterMs: number;
}

/** One phase-2 call the TC makes: a branch's Confirm or Cancel, with what its owner registered. */
export interface BranchCall {
  xid: string;
  branchId: string;
  resource: BranchResource;
  phase: 'confirm' | 'cancel';
  action: GlobalAction;
  tradeId: string;
  applicationData: unknown;
  /** Which phase-2 call to this branch it is (1 the first). */
  attempt: number;
}

/** The three outcomes of a network call: only a definite success settles a branch. */
export type BranchAnswer = 'success' | 'failure' | 'unknown';
export type BranchCaller = (call: BranchCall) => Promise<BranchAnswer>;

interface PhaseTwoParts {
  db: TcDb;
  clock: Clock;
  settings: () => CoordinatorSettings;
  callBranch: BranchCaller;
  moveGlobal(global: GlobalRow, event: GlobalTransactionEvent, set?: Partial<GlobalRow>): boolean;
  crash(point: TcCrashPoint, global: GlobalRow): Promise<boolean>;
  isUp(): boolean;
}

/**
 * Carries a logged decision out: each branch still open gets its Confirm (the decision was to
 * commit) or its Cancel, in the order they registered. The first that answers anything but a
 * definite success stops the round: the transaction is retried at a fixed interval, or parked
 * past the retry limit. Every branch settled: the transaction ends Committed or Rollbacked.
 */
export async function phaseTwo(tc: PhaseTwoParts, global: GlobalRow): Promise<void> {
  const phase = globalTransactions.restore(global.status).hasTag('commit') ? 'confirm' : 'cancel';
  const open = branchesOf(tc.db, global.id).filter((b) => branches.restore(b.status).status !== 'done');
  for (const [index, branch] of open.entries()) {
    if (index > 0 && (await tc.crash('between-phase-two-calls', global))) return;
    if (!tc.isUp()) return;
    const answer = await tc.callBranch({
      xid: xidOf(global.id),
      branchId: branchIdOf(branch.id),
      resource: branch.resource,
      phase,
      action: global.action,
      tradeId: global.tradeId,
      applicationData: branch.applicationData,
      attempt: branch.attempts + 1,
    });
    // The TC died while the call was out: its answer is lost with it.
    if (!tc.isUp()) return;
    const settled = answer === 'success';
    logged(tc.db, () => {
      moveBranch(tc.db, global, branch, { type: `${phase}.${settled ? 'succeeded' : 'failed'}` }, tc.clock.now(), branch.attempts + 1);
      // The last branch settled and the transaction's end, in one commit.
      if (settled && index === open.length - 1) complete(tc, global.id);
    });
    if (!settled) return retryLater(tc, global.id);
  }
  // Every branch had settled already (a restart found the transaction so): only its end is left.
  if (open.length === 0) logged(tc.db, () => complete(tc, global.id));
}

const complete = (tc: PhaseTwoParts, id: number) =>
  tc.moveGlobal(findGlobal(tc.db, id)!, { type: 'phase2.completed' }, { nextRetryAt: null });

/** A fixed interval, as Seata's; past the limit (if any) the transaction waits for a person. */
function retryLater(tc: PhaseTwoParts, id: number): void {
  const { retryIntervalMs, retryLimit } = tc.settings();
  logged(tc.db, () => {
    const global = findGlobal(tc.db, id)!;
    const attempts = global.attempts + 1;
    if (retryLimit > 0 && attempts >= retryLimit) tc.moveGlobal(global, { type: 'retries.exhausted' }, { attempts, nextRetryAt: null });
    else tc.moveGlobal(global, { type: 'phase2.failed' }, { attempts, nextRetryAt: tc.clock.now() + retryIntervalMs });
  });
}
