import type { CaseMatrixRun } from '@/lib/cases/run-every-case';
import type { ChaosProgress } from '@/lib/chaos/chaos-progress';
import type { ChaosRunReport } from '@/lib/chaos/chaos-run';
import type { ConsistencyReport } from '@/lib/consistency/consistency-report';
import type { Counterexample, ExploreOptions, ExploreProgress, ExploreReport, PropertyVerdict, Replayed } from '@/lib/explore/explore';
import type { ReconcileResult } from '@/lib/pay/reconcile';
import type { TradeSummary } from '@/lib/consistency/trade-summary';
import type { LiveTradeView } from '@/lib/read-model/live-trade-view';
import type { TradeList, TradeView } from '@/lib/read-model/trade-view';
import type { FaultId, FaultSetting } from '@/lib/faults/catalog';
import type { FaultView } from '@/lib/faults/fault-injector';
import type { SweepReport } from '@/lib/recovery/sweep';
import type { LabSettings, SettingsPatch } from '@/lib/settings/settings';
import type { EventRow } from '@/lib/trade/rows';
import type { WireSnapshot } from '@/lib/wire/wire';
import type { WireAction } from '@/lib/wire/wire-actions';

// The server's own types, as the JSON of its routes carries them: the browser keeps no copies.
export type {
  CaseMatrixRun,
  ChaosProgress,
  ChaosRunReport,
  ConsistencyReport,
  Counterexample,
  ExploreOptions,
  ExploreProgress,
  ExploreReport,
  FaultView,
  LabSettings,
  PropertyVerdict,
  Replayed,
  SweepReport,
  TradeList,
  TradeSummary,
  TradeView,
  LiveTradeView,
  WireAction,
  WireSnapshot,
};

/** One row of the trade service's event table, as the SSE stream carries it. */
export type LabEvent = EventRow;

/** What the random run page sends: every field of POST /api/chaos/run. */
export type ChaosRunRequest = ChaosRunReport['options'];

export interface ApiError {
  code: string;
  message: string;
  /** Set when a create logged a request (so a trade id exists) but left no trade. */
  tradeId?: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

// A refused request is an expected outcome in a fault lab, so it comes back as data, like the server's results.
async function call<T>(path: string, init?: RequestInit): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, { cache: 'no-store', ...init });
  } catch {
    return { ok: false, error: { code: 'network', message: 'the lab server did not answer' } };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, value: body as T };
  const error = (body as { error?: Partial<ApiError> } | null)?.error;
  return {
    ok: false,
    error: {
      code: error?.code ?? `http_${response.status}`,
      message: error?.message ?? `HTTP ${response.status}`,
      tradeId: error?.tradeId,
    },
  };
}

// The server refuses mutating requests that are not JSON (a cross-site form cannot send this).
const json = (method: 'POST' | 'PUT' | 'DELETE', body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export const labApi = {
  faults: () => call<{ faults: FaultView[] }>('/api/faults'),
  setFault: (id: FaultId, setting: FaultSetting) => call<FaultView>(`/api/faults/${encodeURIComponent(id)}`, json('PUT', setting)),
  settings: () => call<LabSettings>('/api/settings'),
  updateSettings: (patch: SettingsPatch) => call<LabSettings>('/api/settings', json('PUT', patch)),
  trades: () => call<TradeList>('/api/trades?limit=50'),
  trade: (id: string) => call<LiveTradeView>(`/api/trades/${encodeURIComponent(id)}`),
  /** Confirm, cancel, retry now, stop retrying: each answers with the trade as it now stands. */
  tradeAction: (id: string, action: 'confirm' | 'cancel' | 'retry' | 'stop-retrying') =>
    call<LiveTradeView>(`/api/trades/${encodeURIComponent(id)}/${action}`, json('POST', {})),
  deleteTrade: (id: string) => call<LiveTradeView>(`/api/trades/${encodeURIComponent(id)}`, json('DELETE', {})),
  createTrade: (amount: string) => call<LiveTradeView>('/api/trades', json('POST', { amount })),
  consistency: () => call<ConsistencyReport>('/api/consistency'),
  // Asked for by hand: no grace period. Flows still running are skipped by the server anyway.
  reconcile: () => call<ReconcileResult>('/api/reconcile', json('POST', { graceMs: 0 })),
  runRecovery: () => call<SweepReport>('/api/recovery/run', json('POST', { force: true })),
  reset: () => call<{ reset: true }>('/api/reset', json('POST', {})),
  runEveryCase: () => call<CaseMatrixRun>('/api/matrix/run', json('POST', {})),
  chaosRun: (options: ChaosRunRequest) => call<ChaosRunReport>('/api/chaos/run', json('POST', options)),
  chaosProgress: () => call<{ running: boolean; progress: ChaosProgress | null }>('/api/chaos/run'),
  explore: (options: ExploreOptions) => call<ExploreReport>('/api/explore/run', json('POST', options)),
  exploreProgress: () => call<{ running: boolean; progress: ExploreProgress | null }>('/api/explore/run'),
  wire: () => call<WireSnapshot>('/api/wire'),
  /** Step mode: what a person does with one held message or local step. */
  actOnWire: (id: string, action: WireAction) =>
    call<{ id: string; action: WireAction }>(`/api/wire/${encodeURIComponent(id)}`, json('POST', { action })),
  schedule: (id: string) => call<Replayed>(`/api/explore/schedules/${encodeURIComponent(id)}`),
};
