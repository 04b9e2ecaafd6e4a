/** Where a chaos run stands, for a page polling while the run's own request is still open. */
export type ChaosProgress =
  | { stage: 'flows'; trades: number; done: number }
  | { stage: 'recovery'; trades: number; sweeps: number; retries: number }
  | { stage: 'reconcile'; trades: number };

// On globalThis, like the lab itself, so a dev reload does not lose sight of a run in progress.
const holder = globalThis as typeof globalThis & { __chaosProgress?: { current: ChaosProgress | null } };
const state = (holder.__chaosProgress ??= { current: null });

export function chaosProgress(): ChaosProgress | null {
  return state.current;
}

/** Tracks `run`'s progress for `chaosProgress()` until it ends, however it ends. */
export async function trackChaosProgress<T>(run: (report: (p: ChaosProgress) => void) => Promise<T>): Promise<T> {
  try {
    return await run((p) => (state.current = p));
  } finally {
    state.current = null;
  }
}
