'use client';

import { useEffect, useState } from 'react';
import { labApi, type ApiResult, type Replayed } from '@/app/_shared/lab-api';

/** The schedule `id` played again by the server; null while it plays (or when none is asked for). */
export function useReplayedSchedule(id: string | null): ApiResult<Replayed> | null {
  // Keyed by id, so a schedule opened after another never shows the one before while it loads.
  const [loaded, setLoaded] = useState<{ id: string; result: ApiResult<Replayed> } | null>(null);
  useEffect(() => {
    if (!id) return;
    let live = true;
    void labApi.schedule(id).then((result) => {
      if (live) setLoaded({ id, result });
    });
    return () => {
      live = false;
    };
  }, [id]);
  return id !== null && loaded?.id === id ? loaded.result : null;
}
