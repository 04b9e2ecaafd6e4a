import { createClock } from '@sinonjs/fake-timers';
import type { Clock } from '@/lib/clock/clock';

/** Nothing in the simulated world does real I/O: one turn of the real event loop runs every promise that can run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface VirtualClock {
  clock: Clock;
  /**
   * Runs the simulated world until `work` settles: every promise that can run, then the next
   * due timer (virtual time jumps to it), and again. A timeout costs nothing.
   */
  drive<T>(work: Promise<T>): Promise<T>;
}

/**
 * Virtual time over @sinonjs/fake-timers, never installed on the globals: only the engine's
 * injected clock reads it. Timers due at the same instant fire in the order they were set,
 * so a run is a function of its inputs alone.
 */
export function virtualClock(start: number): VirtualClock {
  const fake = createClock(start, Number.MAX_SAFE_INTEGER);
  const clock: Clock = {
    now: () => fake.now,
    after(ms, fn) {
      const timer = fake.setTimeout(fn, ms);
      return () => fake.clearTimeout(timer);
    },
  };
  return {
    clock,
    async drive<T>(work: Promise<T>): Promise<T> {
      let done = false;
      const result = work.finally(() => (done = true));
      // A rejection is handled by the caller's await below, not lost meanwhile.
      result.catch(() => {});
      for (;;) {
        await settle();
        if (done) return result;
        if (fake.countTimers() === 0) throw new Error('the simulated world is stuck: nothing is scheduled, yet the work has not finished');
        fake.next();
      }
    },
  };
}
