import type { TcDb } from '@/db/tc/client';
import type { Clock } from '@/lib/clock/clock';
import { branches as branchLog, globalTransactions } from '@/lib/global-tx/decide';
import type { GlobalTransactionEvent } from '@/lib/global-tx/global-transaction.machine';
import type { BeginRequest, GlobalView, RegisterRequest, RollbackRequest, TcRefusalCode, TcResult } from './contract';
import { phaseTwo, type BranchCaller, type CoordinatorSettings } from './phase-two';
import { begunEvent, crashedEvent, globalMovedEvent, registeredEvent, restartedEvent, type TcCrashPoint, type TcEvent } from './tc-events';
import {
  branchesOf,
  branchIdOf,
  findGlobal,
  globalsIn,
  insertBranch,
  insertGlobal,
  insertTcEvent,
  logged,
  numberOf,
  timedOut,
  updateGlobal,
  viewOf,
  xidOf,
  type GlobalRow,
} from './tc-log';
import { moveBranch } from './branch-moves';

export interface CoordinatorOptions {
  db: TcDb;
  clock: Clock;
  settings: () => CoordinatorSettings;
  /** Calls a branch's Confirm or Cancel: through the RPC client, with the faults in its path. */
  callBranch: BranchCaller;
  /** Whether the TC crashes at this point of its log (a fault of the catalog, or a person holding it). */
  crashes: (point: TcCrashPoint, at: { xid: string; tradeId: string }) => boolean | Promise<boolean>;
  /** Wakes whoever follows the TC's log. */
  notify?: () => void;
}

/** What a request to the TC comes to: an answer, a refusal, or nothing at all — the TC is down. */
export type TcReply<T> = TcResult<T> | { down: true };

const down = { down: true } as const;
const refuse = (code: TcRefusalCode, message: string): TcResult<never> => ({ ok: false, rejection: { code, message } });

/** The statuses phase 2 drives: a decision logged and not yet carried out. */
const deciding = ['Committing', 'CommitRetrying', 'Rollbacking', 'RollbackRetrying', 'TimeoutRollbacking'] as const;

/**
 * The transaction coordinator (Seata's TC): it logs each global transaction and its branches in
 * tc.db, logs its decision before any branch hears of it, then drives phase 2 from that log —
 * Confirm or Cancel per branch, retried at a fixed interval until each succeeds. A crash loses
 * only what was in memory; a restart resumes everything in flight from tc.db alone.
 */
export function createCoordinator(options: CoordinatorOptions) {
  const { db, clock } = options;
  let up = true;
  /** When the TC went down, for the supervisor that brings it back. */
  let downAt = 0;
  /** Transactions whose phase 2 is running now: one drive each at a time. */
  const driving = new Map<number, Promise<void>>();
  const at = () => clock.now();
  const note = (global: Pick<GlobalRow, 'id' | 'tradeId'>, event: TcEvent) =>
    insertTcEvent(db, { ...event, at: at(), xid: global.id, tradeId: global.tradeId });

  /** Moves the global transaction by the machine, logging the move; false when the machine refuses. */
  function moveGlobal(global: GlobalRow, event: GlobalTransactionEvent, set: Partial<GlobalRow> = {}): boolean {
    const decision = globalTransactions.decide(global.status, event);
    if (!decision.accepted) return false;
    updateGlobal(db, global.id, { ...set, status: decision.next, updatedAt: at() });
    note(
      global,
      globalMovedEvent({ event: event.type, from: global.status, to: decision.next, attempts: set.attempts ?? global.attempts }),
    );
    return true;
  }

  const crash = async (point: TcCrashPoint, global: GlobalRow): Promise<boolean> => {
    if (!(await options.crashes(point, { xid: xidOf(global.id), tradeId: global.tradeId }))) return false;
    up = false;
    downAt = at();
    logged(db, () => note(global, crashedEvent(point)));
    options.notify?.();
    return true;
  };

  /**
   * Whether the TC answers now. A supervisor (when one is set) restarts a crashed TC once its
   * delay has passed, as a process manager would: the first request after that finds it up.
   */
  const answering = (): boolean => {
    const { restartAfterMs } = options.settings();
    if (!up && restartAfterMs > 0 && at() >= downAt + restartAfterMs) void restart();
    return up;
  };

  const live = (xid: string): GlobalRow | undefined => findGlobal(db, numberOf(xid));

  /** The TM's decision, logged first; then phase 2's first round. */
  async function decide(xid: string, event: GlobalTransactionEvent, failed: readonly string[] = []): Promise<TcReply<GlobalView>> {
    if (!answering()) return down;
    const global = live(xid);
    if (!global) return refuse('no_such_transaction', `no global transaction ${xid}`);
    if (global.status !== 'Begin') return refuse('already_decided', `${xid} is already ${global.status}`);
    logged(db, () => {
      for (const branch of branchesOf(db, global.id)) {
        const tried = event.type === 'commit.requested' ? 'try.succeeded' : failed.includes(branchIdOf(branch.id)) ? 'try.failed' : null;
        if (tried) moveBranch(db, global, branch, { type: tried }, at());
      }
      moveGlobal(global, event);
    });
    options.notify?.();
    if (await crash('after-decision', global)) return down;
    // As Seata's TC does for TCC branches: phase 2's first round runs before the TM hears back;
    // what it leaves undone is retried from the log. A TC that dies meanwhile answers nothing.
    await drive(global.id);
    if (!answering()) return down;
    return { ok: true, answer: viewOf(db, live(xid)!) };
  }

  /** Phase 2 of one transaction, unless it is running already or the TC is down. */
  function drive(id: number): Promise<void> {
    const running = driving.get(id);
    if (running) return running;
    const run = (async () => {
      const global = findGlobal(db, id);
      if (!up || !global || !(deciding as readonly string[]).includes(global.status)) return;
      await phaseTwo({ db, clock, settings: options.settings, callBranch: options.callBranch, moveGlobal, crash, isUp: () => up }, global);
      options.notify?.();
    })().finally(() => driving.delete(id));
    driving.set(id, run);
    return run;
  }

  /** The TC comes back: everything in flight resumes from tc.db alone. */
  async function restart(): Promise<{ resumed: number }> {
    up = true;
    const inFlight = globalsIn(db, deciding);
    logged(db, () => insertTcEvent(db, { ...restartedEvent(inFlight.length), at: at(), xid: null, tradeId: null }));
    options.notify?.();
    await Promise.all(inFlight.map((g) => drive(g.id)));
    return { resumed: inFlight.length };
  }

  return {
    isUp: () => up,

    /** TM → TC begin: the global transaction is logged `Begin`, with its timeout. */
    async begin(request: BeginRequest): Promise<TcReply<GlobalView>> {
      if (!answering()) return down;
      const timeoutMs = request.timeoutMs ?? options.settings().globalTimeoutMs;
      const global = logged(db, () => {
        const begun = insertGlobal(db, {
          tradeId: request.tradeId,
          action: request.action,
          status: globalTransactions.initial(),
          timeoutAt: at() + timeoutMs,
          at: at(),
        });
        note(begun, begunEvent({ action: begun.action, status: begun.status, timeoutMs }));
        return begun;
      });
      options.notify?.();
      if (await crash('after-begin', global)) return down;
      return { ok: true, answer: viewOf(db, global) };
    },

    /** A branch registers before its Try, so a Try that is lost still gets its Cancel. */
    async register(request: RegisterRequest): Promise<TcReply<{ branchId: string }>> {
      if (!answering()) return down;
      const global = live(request.xid);
      if (!global) return refuse('no_such_transaction', `no global transaction ${request.xid}`);
      // One branch per resource and transaction: a repeated registration (a duplicate on the
      // wire) gets the first one's answer, not a phantom branch whose Try never runs.
      const earlier = branchesOf(db, global.id).find((b) => b.resource === request.resource);
      if (earlier) return { ok: true, answer: { branchId: branchIdOf(earlier.id) } };
      if (global.status !== 'Begin') return refuse('not_begun', `${request.xid} is ${global.status}: too late to register a branch`);
      const branch = logged(db, () => {
        const registered = insertBranch(db, {
          xid: global.id,
          resource: request.resource,
          status: branchLog.initial(),
          applicationData: request.applicationData,
          at: at(),
        });
        note(global, registeredEvent({ branchId: branchIdOf(registered.id), resource: registered.resource, status: registered.status }));
        return registered;
      });
      options.notify?.();
      return { ok: true, answer: { branchId: branchIdOf(branch.id) } };
    },

    commit: (xid: string) => decide(xid, { type: 'commit.requested' }),
    rollback: (request: RollbackRequest) => decide(request.xid, { type: 'rollback.requested' }, request.failed),

    async query(xid: string): Promise<TcReply<GlobalView>> {
      if (!answering()) return down;
      const global = live(xid);
      return global ? { ok: true, answer: viewOf(db, global) } : refuse('no_such_transaction', `no global transaction ${xid}`);
    },

    /**
     * The TC's own work, due now: a transaction left Begin past its timeout is rolled back, and
     * phase 2 of every decided one is driven (each at most once at a time). What the worker runs;
     * forced (quiescence: no TM is running any more), everything is due at once.
     */
    async driveDue({ force = false } = {}): Promise<void> {
      if (!answering()) return;
      const due = (when: number | null) => force || when === null || when <= at();
      logged(db, () => {
        for (const global of timedOut(db, force ? Number.MAX_SAFE_INTEGER : at())) moveGlobal(global, { type: 'timeout.expired' });
      });
      await Promise.all(
        globalsIn(db, deciding)
          .filter((g) => due(g.nextRetryAt))
          .map((g) => drive(g.id)),
      );
    },
    /** Transactions the TC still owes something: a decision to carry out, or a Begin to time out (parked ones wait for a person). */
    unsettled: (): number => globalsIn(db, ['Begin', ...deciding]).length,

    restart,

    /** Resolves once no phase 2 is running (tests and quiescence wait on it). */
    async drained(): Promise<void> {
      while (driving.size) await Promise.all([...driving.values()]);
    },
  };
}

export type Coordinator = ReturnType<typeof createCoordinator>;
