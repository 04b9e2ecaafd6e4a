'use client';

import { useEffect, useState } from 'react';
import { labApi, type ExploreProgress } from '@/app/_shared/lab-api';

/** While `active`, asks the server how far the exploration has walked, twice a second. */
export function useExploreProgress(active: boolean): ExploreProgress | null {
  const [progress, setProgress] = useState<ExploreProgress | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    const poll = async () => {
      const result = await labApi.exploreProgress();
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
