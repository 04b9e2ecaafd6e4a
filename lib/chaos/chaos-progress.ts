import { runProgress } from '@/lib/run-progress';

/** Where a chaos run stands. */
export type ChaosProgress =
  | { stage: 'flows'; trades: number; done: number }
  | { stage: 'recovery'; trades: number; sweeps: number; retries: number }
  | { stage: 'reconcile'; trades: number };

export const chaosRunProgress = runProgress<ChaosProgress>('chaos run');
