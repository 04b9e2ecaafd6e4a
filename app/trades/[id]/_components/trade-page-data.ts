'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useLabEvents } from '@/app/_shared/hooks/use-lab-events';
import { labApi, type LabEvent, type LiveTradeView } from '@/app/_shared/lab-api';

const refreshDebounceMs = 150;

/**
 * One trade, kept fresh: fetched once, then again (debounced) whenever the event stream says
 * something happened to it. Only the newest fetch may land, so an old answer never wins.
 */
export function useTradePageData(id: string) {
  const [trade, setTrade] = useState<LiveTradeView | null>(null);
  const [missing, setMissing] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const ticket = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const load = useCallback(() => {
    const mine = ++ticket.current;
    void labApi.trade(id).then((result) => {
      if (mine !== ticket.current) return;
      if (result.ok) {
        setTrade(result.value);
        setMissing(false);
        setLoadError(null);
      } else if (result.error.code === 'not_found') {
        setTrade(null);
        setMissing(true);
      } else {
        setLoadError(result.error.message);
      }
    });
  }, [id]);

  /** An action answered with the trade as it now stands: it is newer than any fetch in flight. */
  const accept = useCallback((view: LiveTradeView) => {
    ticket.current++;
    setTrade(view);
  }, []);

  useEffect(() => {
    load();
    return () => clearTimeout(timer.current);
  }, [load]);

  const onEvent = useCallback(
    (event: LabEvent) => {
      if (event.tradeId !== id && event.type !== 'lab.reset') return;
      clearTimeout(timer.current);
      timer.current = setTimeout(load, refreshDebounceMs);
    },
    [id, load],
  );
  const stream = useLabEvents(onEvent);
  // The coordinator's log moved (its phase 2, a restart): the trade's global transactions may have too.
  const { tcTick } = stream;
  useEffect(() => {
    if (tcTick === 0) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(load, refreshDebounceMs);
  }, [tcTick, load]);

  return { trade, missing, loadError, loaded: trade !== null || missing, stream, accept };
}
