'use client';

import { useState } from 'react';
import type { ApiResult, LiveTradeView } from '@/app/_shared/lab-api';

/** One request on a trade at a time: busy while it runs, the server's refusal kept to show. */
export function useTradeAction(onDone?: (view: LiveTradeView) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(request: () => Promise<ApiResult<LiveTradeView>>) {
    setBusy(true);
    const result = await request();
    setBusy(false);
    setError(result.ok ? null : result.error.message);
    if (result.ok) onDone?.(result.value);
  }
  return { busy, error, run };
}
