import type { ExploreProgress } from './explore';

// On globalThis, like the lab itself, so a dev reload does not lose sight of an exploration in progress.
const holder = globalThis as typeof globalThis & { __exploreProgress?: { current: ExploreProgress | null } };
const state = (holder.__exploreProgress ??= { current: null });

/** How far the exploration has walked, for a page polling while the run's own request is still open. */
export function exploreProgress(): ExploreProgress | null {
  return state.current;
}

/** Tracks `run`'s progress for `exploreProgress()` until it ends, however it ends. */
export async function trackExploreProgress<T>(run: (report: (p: ExploreProgress) => void) => Promise<T>): Promise<T> {
  try {
    return await run((p) => (state.current = p));
  } finally {
    state.current = null;
  }
}
