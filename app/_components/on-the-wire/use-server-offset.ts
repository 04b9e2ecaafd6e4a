'use client';

import { useState } from 'react';

/** Measures once per reading of the server's clock, so every render of one snapshot gets the same offset. */
function offsetMeter() {
  let measured: { serverNow: number; offset: number } | null = null;
  return (serverNow: number) => {
    if (measured?.serverNow !== serverNow) measured = { serverNow, offset: serverNow - Date.now() };
    return measured.offset;
  };
}

/**
 * How far the server's clock is ahead of the browser's, taken when a snapshot carrying the
 * server's `now` is first drawn, so a deadline the server set counts down right on any machine.
 */
export function useServerOffset(serverNow: number | null): number {
  const [offsetOf] = useState(offsetMeter);
  return serverNow === null ? 0 : offsetOf(serverNow);
}
