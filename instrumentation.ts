/**
 * Runs once when the server starts: opens (and migrates) every database and starts the two
 * background workers — the trade service's recovery, and the coordinator's phase 2 and
 * timeouts — so owed work converges after a restart without anyone asking.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getLab } = await import('@/lib/lab');
  const { startRecoveryWorker } = await import('@/lib/recovery/worker');
  const { startWorkerLoop } = await import('@/lib/clock/worker-loop');
  const lab = getLab();
  const holder = globalThis as typeof globalThis & { __workers?: unknown[] };
  if (process.env.RECOVERY_WORKER === 'off' || holder.__workers) return;
  holder.__workers = [startRecoveryWorker(lab.trade), startWorkerLoop(lab.clock, 'the coordinator', () => lab.tc.driveDue(), 250)];
}
