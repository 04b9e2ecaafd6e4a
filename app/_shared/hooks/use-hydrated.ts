'use client';

import { useSyncExternalStore } from 'react';

// Nothing to listen to: the answer changes once, when React hydrates the page, and React sees to that itself.
const subscribe = () => () => {};

/** False while the server renders the page and while React hydrates it; true once event handlers are attached. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
