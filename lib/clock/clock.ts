/**
 * Everything the engine reads the time from or waits on. In the running app it is the real
 * one; in a simulation virtual time jumps to the next due timer, so a timeout costs nothing
 * and a run replays exactly from its seed.
 */
export interface Clock {
  now(): number;
  /** Runs `fn` once `ms` of this clock's time have passed; the returned function cancels it. */
  after(ms: number, fn: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  after(ms, fn) {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
};

/** Resolves once `ms` of the clock's time have passed. */
export const sleep = (clock: Clock, ms: number) => new Promise<void>((resolve) => clock.after(ms, resolve));
