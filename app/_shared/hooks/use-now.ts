'use client';

import { useCallback, useState, useSyncExternalStore } from 'react';

/** A reading of the time that changes only when it ticks: React may ask for it on every render. */
function createClock() {
  let now = Date.now();
  return {
    read: () => now,
    tick: (tickMs: number, onTick: () => void) => {
      const read = () => {
        now = Date.now();
        onTick();
      };
      // A count that starts again starts from the present, not from when it last stopped.
      read();
      const timer = setInterval(read, tickMs);
      return () => clearInterval(timer);
    },
  };
}

/** The time, re-read every `tickMs` while something on screen counts down (null: no ticking). */
export function useNow(tickMs: number | null): number {
  const [clock] = useState(createClock);
  const subscribe = useCallback((onTick: () => void) => (tickMs === null ? () => {} : clock.tick(tickMs, onTick)), [clock, tickMs]);
  return useSyncExternalStore(subscribe, clock.read, clock.read);
}
