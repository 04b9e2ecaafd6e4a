'use client';

import { useEffect, useState } from 'react';
import type { ApiResult } from '@/app/_shared/lab-api';

/** While `active`, asks the server how far a long run has got, twice a second. `ask` must be a stable function. */
export function useRunProgress<P>(active: boolean, ask: () => Promise<ApiResult<{ progress: P | null }>>): P | null {
  const [progress, setProgress] = useState<P | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    const poll = async () => {
      const result = await ask();
      if (live && result.ok) setProgress(result.value.progress);
    };
    void poll();
    const timer = setInterval(() => void poll(), 500);
    return () => {
      live = false;
      clearInterval(timer);
      setProgress(null);
    };
  }, [active, ask]);
  return progress;
}
