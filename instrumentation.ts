/**
 * Runs once when the server starts: opens (and migrates) both databases and starts the
 * recovery worker, so owed operations converge after a restart without anyone asking.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getLab } = await import('@/lib/lab');
  const { startRecoveryWorker } = await import('@/lib/recovery/worker');
  const lab = getLab();
  const holder = globalThis as typeof globalThis & { __recoveryWorker?: ReturnType<typeof startRecoveryWorker> };
  if (process.env.RECOVERY_WORKER !== 'off') holder.__recoveryWorker ??= startRecoveryWorker(lab.trade);
}
