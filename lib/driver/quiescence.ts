import type { Lab } from '@/lib/lab';
import { runRecoverySweep, type SweepReport } from '@/lib/recovery/sweep';

export interface RecoveryTally {
  sweeps: number;
  attempts: number;
  /** Nothing owed any more: every retry got a definite answer. */
  settled: boolean;
  /** Sweeps it took once the faults stopped, when they had not settled it while firing. */
  afterFaultsStopped: number;
}

export interface QuiescenceOptions {
  /** Stops the faults (the switches, or the explorer's chooser). */
  stopFaults(): void;
  /** Recovery starts while the faults still fire, and they stop only if they keep it from settling. */
  faultsDuringRecovery?: boolean;
  /** Sweeps per phase before giving up on what is still owed. */
  maxSweeps: number;
  /** Before each sweep, with the tally so far; after each, with its report (late deliveries landed). */
  beforeSweep?(tally: RecoveryTally): void;
  afterSweep?(sweep: SweepReport): void;
  /** Recovery is over; reconciliation is next. */
  recovered?(tally: RecoveryTally): void;
}

/**
 * Quiescence, the end of every run: faults stop, recovery sweeps (forced) until nothing is
 * owed, then the provider reconciles — with no grace, as nothing is in flight any more and
 * every orphan already is one. Chaos lets the faults fire into recovery first; the explorer
 * stops them at once.
 */
export async function quiesce(lab: Lab, options: QuiescenceOptions) {
  const tally: RecoveryTally = { sweeps: 0, attempts: 0, settled: false, afterFaultsStopped: 0 };
  if (options.faultsDuringRecovery) tally.settled = await sweepUntilQuiet(lab, tally, options);
  options.stopFaults();
  // Whatever is still on the wire lands before recovery looks at what is owed.
  await lab.trade.rpc.drained();
  if (!tally.settled) {
    const before = tally.sweeps;
    tally.settled = await sweepUntilQuiet(lab, tally, options);
    if (options.faultsDuringRecovery) tally.afterFaultsStopped = tally.sweeps - before;
  }
  // The coordinator's retries are recovery too: its log settles before the books are read.
  const coordinator = await settleCoordinator(lab, options.maxSweeps);
  options.recovered?.(tally);
  const reconciled = await lab.reconcile({ graceMs: 0 });
  return { recovery: tally, coordinator, reconciled };
}

/** What the coordinator's part of quiescence took (V3): whether it had to be restarted, its rounds, and whether its log settled. */
export interface CoordinatorTally {
  restarted: boolean;
  rounds: number;
  settled: boolean;
}

/**
 * The coordinator's part of quiescence: a TC a crash left down is restarted (blocking ends only
 * when it returns), then phase 2 and timeouts are driven, forced, until its log owes nothing —
 * every global transaction ended, or parked for a person past its retry limit.
 */
export async function settleCoordinator(lab: Lab, maxRounds: number): Promise<CoordinatorTally> {
  const tally: CoordinatorTally = { restarted: false, rounds: 0, settled: false };
  if (!lab.tc.isUp()) {
    tally.restarted = true;
    await lab.tc.restart();
  }
  for (; tally.rounds < maxRounds; tally.rounds++) {
    await lab.tc.drained();
    if (lab.tc.unsettled() === 0) break;
    await lab.tc.driveDue({ force: true });
  }
  tally.settled = lab.tc.unsettled() === 0;
  return tally;
}

/** Forced sweeps, each waiting for late deliveries, until one finds nothing owed (true) or the sweeps run out. */
async function sweepUntilQuiet(lab: Lab, tally: RecoveryTally, options: QuiescenceOptions): Promise<boolean> {
  for (let n = 0; n < options.maxSweeps; n++) {
    options.beforeSweep?.(tally);
    const sweep = await runRecoverySweep(lab.trade, { force: true });
    await lab.trade.rpc.drained();
    options.afterSweep?.(sweep);
    if (sweep.attemptedCount === 0) return true;
    tally.sweeps += 1;
    tally.attempts += sweep.attemptedCount;
  }
  return false;
}
