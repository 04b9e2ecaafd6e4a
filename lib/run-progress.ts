/**
 * Where a long run stands (a chaos run, an exploration), for a page polling while the run's own
 * request is still open. Kept on globalThis, like the lab itself, so a dev reload does not lose
 * sight of a run in progress.
 */
export function runProgress<P>(name: string) {
  const holder = globalThis as typeof globalThis & { __runProgress?: Map<string, { current: unknown }> };
  const runs = (holder.__runProgress ??= new Map());
  const state = runs.get(name) ?? { current: null };
  runs.set(name, state);
  return {
    current: (): P | null => state.current as P | null,
    /** Tracks `run`'s progress until it ends, however it ends. */
    async track<T>(run: (report: (p: P) => void) => Promise<T>): Promise<T> {
      try {
        return await run((p) => (state.current = p));
      } finally {
        state.current = null;
      }
    },
  };
}
