import type { Clock } from './clock';

/** A background worker: stop() ends its loop after the round in progress. */
export interface Worker {
  stop(): Promise<void>;
}

/**
 * Runs a round of work, again and again, for as long as the server runs, pausing `idleMs`
 * between rounds. Deadlines live in the databases, not in timers, so a restart loses nothing.
 */
export function startWorkerLoop(clock: Clock, name: string, round: () => Promise<unknown>, idleMs: number): Worker {
  let running = true;
  let cancel: (() => void) | undefined;
  let wake: (() => void) | undefined;

  const loop = (async () => {
    while (running) {
      try {
        await round();
      } catch (error) {
        // A failing round is a bug to see in the log; the worker keeps going so the lab stays alive.
        console.error(`${name} failed:`, error);
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        cancel = clock.after(idleMs, resolve);
      });
    }
  })();

  return {
    async stop() {
      running = false;
      cancel?.();
      wake?.();
      await loop;
    },
  };
}
