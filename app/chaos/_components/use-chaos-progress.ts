'use client';

import { useEffect, useState } from 'react';
import { labApi, type ChaosProgress } from '@/app/_shared/lab-api';

/** While `active`, asks the server how far the chaos run has got, twice a second. */
export function useChaosProgress(active: boolean): ChaosProgress | null {
  const [progress, setProgress] = useState<ChaosProgress | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    const poll = async () => {
      const result = await labApi.chaosProgress();
      if (live && result.ok) setProgress(result.value.progress);
    };
    void poll();
    const timer = setInterval(() => void poll(), 500);
    return () => {
      live = false;
      clearInterval(timer);
      setProgress(null);
    };
  }, [active]);
  return progress;
}
