'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import {
  labApi,
  type ConsistencyReport,
  type FaultView,
  type LabSettings,
  type TradeList,
  type LiveTradeView,
} from '@/app/_shared/lab-api';

const refreshDebounceMs = 150;

/**
 * The dashboard's copy of the lab: faults, settings, the latest trades and the selected trade.
 * Every SSE event schedules one debounced refresh, so a burst of events costs one round of fetches.
 */
export function useLabData() {
  const [faults, setFaults] = useState<FaultView[] | null>(null);
  const [settings, setSettings] = useState<LabSettings | null>(null);
  const [trades, setTrades] = useState<TradeList | null>(null);
  const [report, setReport] = useState<ConsistencyReport | null>(null);
  const [selected, setSelected] = useState<LiveTradeView | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const selectedIdRef = useRef<string | null>(null);
  // Only the newest fetch of the selected trade may land: an older, slower answer would move the tokens back.
  const tradeFetch = useRef(0);
  // A switch set while a refresh was on its way: that refresh's list is older than the switch.
  const faultWrites = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const choose = useCallback((id: string | null, view: LiveTradeView | null) => {
    selectedIdRef.current = id;
    tradeFetch.current++;
    setSelectedId(id);
    setSelected(view);
  }, []);

  const loadSelected = useCallback(
    async (id: string) => {
      const ticket = ++tradeFetch.current;
      const result = await labApi.trade(id);
      if (ticket !== tradeFetch.current || selectedIdRef.current !== id) return;
      if (result.ok) setSelected(result.value);
      else if (result.error.code === 'not_found') choose(null, null); // gone with a reset
    },
    [choose],
  );

  const select = useCallback(
    (id: string | null, view?: LiveTradeView) => {
      choose(id, view ?? null);
      if (id && !view) void loadSelected(id);
    },
    [choose, loadSelected],
  );

  const refresh = useCallback(() => {
    const writes = faultWrites.current;
    return Promise.all([labApi.faults(), labApi.trades(), labApi.consistency()]).then(([faultList, tradeList, consistency]) => {
      if (faultList.ok && writes === faultWrites.current) setFaults(faultList.value.faults);
      if (tradeList.ok) setTrades(tradeList.value);
      // A report that did not come keeps the last one: the panel draws the server's counts only.
      if (consistency.ok) setReport(consistency.value);
      setLoadError(faultList.ok ? (tradeList.ok ? null : tradeList.error.message) : faultList.error.message);
      if (selectedIdRef.current) return loadSelected(selectedIdRef.current);
      if (tradeList.ok && tradeList.value.items[0]) select(tradeList.value.items[0].id);
    });
  }, [loadSelected, select]);

  const loadSettings = useCallback(
    () =>
      labApi.settings().then((result) => {
        if (result.ok) setSettings(result.value);
      }),
    [],
  );

  const scheduleRefresh = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void refresh(), refreshDebounceMs);
  }, [refresh]);

  useEffect(() => {
    void refresh();
    void loadSettings();
    return () => clearTimeout(timer.current);
  }, [refresh, loadSettings]);

  const updateFault = useCallback((view: FaultView) => {
    faultWrites.current++;
    setFaults((list) => list?.map((f) => (f.id === view.id ? view : f)) ?? null);
  }, []);

  return {
    faults,
    settings,
    trades,
    report,
    selected,
    selectedId,
    loadError,
    select,
    refresh,
    scheduleRefresh,
    loadSettings,
    updateFault,
    setSettings,
  };
}
