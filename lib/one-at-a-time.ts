import { fail, ok, type Result } from '@/lib/errors/lab-error';

// On globalThis, like the lab itself, so a dev reload does not forget a run in progress.
const holder = globalThis as typeof globalThis & { __runsInProgress?: Set<string> };
const running = (holder.__runsInProgress ??= new Set());

/** A run refused because one of its name is still going. */
export type RunCode = 'run_in_progress';

/**
 * Runs a long job only if no job of the same name is running: a second press of "Run" on a
 * laptop should not double the load and the wait, but get a clear answer instead.
 */
export async function oneAtATime<T>(name: string, run: () => Promise<T>): Promise<Result<T, RunCode>> {
  if (running.has(name)) return fail('run_in_progress', `a ${name} is already running; its report comes when it ends`);
  running.add(name);
  try {
    return ok(await run());
  } finally {
    running.delete(name);
  }
}
