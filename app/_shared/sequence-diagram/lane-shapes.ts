import type { TradeView } from '@/app/_shared/lab-api';

export type Lane = 'client' | 'trade' | 'network' | 'pay';
type Tone = 'ink' | 'ok' | 'bad' | 'warn' | 'info' | 'neutral';

export type LaneShape =
  | { kind: 'box'; lane: Lane; label: string; tone: Tone }
  | { kind: 'note'; lane: Lane; label: string; tone: Tone }
  | { kind: 'arrow'; from: Lane; to: Lane; label: string; tone: Tone; dashed?: boolean }
  /** An arrow that never arrives: it stops at the Network lane with a ✕. */
  | { kind: 'broken'; from: Lane; label: string; tone: Tone };

type TradeEvent = TradeView['events'][number];
/** `start`: when the event began (an RPC's request); `end`: when it was logged. */
export interface ShapeAt {
  at: 'start' | 'end';
  shape: LaneShape;
}

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '?');
const end = (shape: LaneShape): ShapeAt[] => [{ at: 'end', shape }];

function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Provider-side events: the pay service's own commits and its fence's answers. */
const payLabels: Record<string, [string, Tone]> = {
  'try.reserved': ['commit: reserve', 'ok'],
  'try.replayed': ['replay (fence)', 'info'],
  'try.refused': ['refused (fence: hanging try)', 'warn'],
  'try.rejected': ['refused: business failure', 'warn'],
  'confirm.rejected': ['refused: business failure', 'warn'],
  'cancel.rejected': ['refused: business failure', 'warn'],
  'confirm.charged': ['commit: charge', 'ok'],
  'confirm.replayed': ['replay (fence)', 'info'],
  'cancel.released': ['commit: release', 'ok'],
  'cancel.empty': ['empty rollback (fence)', 'info'],
  'cancel.replayed': ['replay (fence)', 'info'],
};

/**
 * The shapes one event draws. `gapMs` is the time since the caller's previous write: before a
 * retry it is the backoff the recovery worker waited.
 */
export function laneRowsFor(event: TradeEvent, tradeId: string, faultLabel: (id: string) => string, gapMs: number | null): ShapeAt[] {
  const d = event.detail;
  if (event.source === 'pay') {
    const [label, tone] = payLabels[event.type] ?? [event.type, 'neutral'];
    // A repeat of a refused operation gets the refusal again: the fence's first answer.
    const shown = d.refused === true ? `${label}: refused again` : d.removed === true ? `${label}, remove the pay order` : label;
    return end({ kind: 'box', lane: 'pay', label: shown, tone: d.refused === true ? 'warn' : tone });
  }
  const fault = typeof d.fault === 'string' ? d.fault : null;
  const because = fault ? ` (fault: ${faultLabel(fault)})` : '';
  switch (event.type) {
    case 'transition':
      return transition(d, tradeId);
    case 'rpc':
      return rpc(d, tradeId, fault, because, gapMs);
    case 'rpc.late': {
      const reply = d.providerReply as { status?: number } | null;
      const status = reply?.status ? ` → HTTP ${reply.status}, to nobody` : '';
      return end({
        kind: 'arrow',
        from: 'network',
        to: 'pay',
        label: `late ${text(d.op)} reaches the provider${status}`,
        tone: 'warn',
        dashed: true,
      });
    }
    case 'fault':
      return end({ kind: 'box', lane: 'trade', label: `✕ tx aborted: ${text(d.stage)}${because}`, tone: 'bad' });
    case 'v1': {
      const commit = d.decision === 'commit';
      return end({
        kind: 'box',
        lane: 'trade',
        label: `${commit ? 'commit' : 'rollback'} (V1): ${text(d.why)}`,
        tone: commit ? 'ok' : 'warn',
      });
    }
    case 'trade':
      return end({ kind: 'box', lane: 'trade', label: `trade row ${text(d.action)}`, tone: 'neutral' });
    case 'recovery': {
      const label =
        d.kind === 'stopped'
          ? 'recovery: retries stopped by hand'
          : d.kind === 'not-repairable'
            ? `recovery: not repairable (${text(d.why)})`
            : 'recovery sweep';
      return end({ kind: 'note', lane: 'trade', label, tone: d.kind === 'not-repairable' ? 'bad' : 'warn' });
    }
    case 'reconcile': {
      const released = typeof d.released === 'number' ? ` · released ${(d.released / 100).toFixed(2)}` : '';
      return end({
        kind: 'arrow',
        from: 'trade',
        to: 'pay',
        label: `reconcile: cancel the orphan pay order${released}`,
        tone: 'warn',
        dashed: true,
      });
    }
    case 'result.ignored':
      return end({ kind: 'note', lane: 'trade', label: `${text(d.op)} result ignored: already settled`, tone: 'neutral' });
    default:
      return end({ kind: 'note', lane: 'trade', label: event.type, tone: 'neutral' });
  }
}

function transition(d: Record<string, unknown>, tradeId: string): ShapeAt[] {
  const owes = d.owed ? ` · owes ${text(d.owed)}` : '';
  const name = text(d.event);
  if (d.from === null) return end({ kind: 'box', lane: 'trade', label: `commit: ${text(d.to)}`, tone: 'ok' });
  if (name.endsWith('.requested')) {
    const op = name.slice(0, -'.requested'.length);
    // What the client asked for: a delete owes the provider a cancel.
    const asked = typeof d.op === 'string' ? d.op : op;
    return [
      { at: 'end', shape: { kind: 'arrow', from: 'client', to: 'trade', label: `${asked} ${tradeId}`, tone: 'ink' } },
      { at: 'end', shape: { kind: 'box', lane: 'trade', label: `commit: owes ${op}`, tone: 'ok' } },
    ];
  }
  if (d.to === 'unknown') return end({ kind: 'box', lane: 'trade', label: `→ unknown${owes}`, tone: 'bad' });
  if (d.from === d.to) return end({ kind: 'box', lane: 'trade', label: `↺ ${text(d.to)} · ${name}`, tone: 'neutral' });
  return end({ kind: 'box', lane: 'trade', label: `commit: ${text(d.to)}`, tone: d.to === 'cancelled' ? 'neutral' : 'ok' });
}

function rpc(d: Record<string, unknown>, tradeId: string, fault: string | null, because: string, gapMs: number | null): ShapeAt[] {
  const rows: ShapeAt[] = [];
  const op = text(d.op);
  const attempt =
    d.attempt === 'redrive' ? 're-drive' : Number(d.attempt) > 1 ? `attempt ${text(d.attempt)}, same key` : `attempt ${text(d.attempt)}`;
  const retry = d.attempt === 'redrive' || Number(d.attempt) > 1;
  if (retry && gapMs !== null)
    rows.push({ at: 'start', shape: { kind: 'note', lane: 'trade', label: `recovery: retry after ${duration(gapMs)}`, tone: 'warn' } });

  // V1 records no intent before its call: the call's start is where the client asked.
  if (d.strategy === 'v1' && d.attempt === 1 && (op === 'confirm' || op === 'cancel')) {
    rows.push({
      at: 'start',
      shape: { kind: 'arrow', from: 'client', to: 'trade', label: `${op === 'cancel' ? 'delete' : op} ${tradeId}`, tone: 'ink' },
    });
  }
  const request = `${op} ${tradeId} (${attempt})`;
  const waited = typeof d.durationMs === 'number' ? ` · timeout after ${duration(d.durationMs)}` : '';
  if (fault === 'rpc.request_lost') {
    rows.push({ at: 'start', shape: { kind: 'broken', from: 'trade', label: `${request}: request lost${because}${waited}`, tone: 'bad' } });
    return rows;
  }
  if (fault === 'rpc.slow_provider') {
    rows.push({ at: 'start', shape: { kind: 'broken', from: 'trade', label: `${request}: held up${because}${waited}`, tone: 'warn' } });
    return rows;
  }
  rows.push({
    at: 'start',
    shape: { kind: 'arrow', from: 'trade', to: 'pay', label: fault === 'rpc.duplicate' ? `${request} ×2${because}` : request, tone: 'ink' },
  });

  if (fault === 'rpc.response_lost') {
    rows.push({ at: 'end', shape: { kind: 'broken', from: 'pay', label: `reply lost${because}`, tone: 'bad' } });
    return rows;
  }
  rows.push({ at: 'end', shape: reply(d, fault === 'rpc.provider_rejects' ? because : '') });
  return rows;
}

function reply(d: Record<string, unknown>, because: string): LaneShape {
  const outcome = (d.outcome ?? {}) as { kind?: string; code?: string; reason?: string; value?: { payOrder?: { state?: string } } };
  const providerReply = d.providerReply as {
    status?: number;
    body?: { replay?: boolean; removed?: boolean; payOrder?: { state?: string } };
  } | null;
  const status = providerReply?.status ? `${providerReply.status} ` : '';
  if (outcome.kind === 'success') {
    const state =
      providerReply?.body?.payOrder?.state ??
      (providerReply?.body?.removed ? 'cancelled, removed' : (outcome.value?.payOrder?.state ?? 'ok'));
    const replay = providerReply?.body?.replay ? ' (fence: already done, first answer)' : '';
    return { kind: 'arrow', from: 'pay', to: 'trade', label: `${status}${state}${replay}`, tone: 'ok' };
  }
  if (outcome.kind === 'failure')
    return { kind: 'arrow', from: 'pay', to: 'trade', label: `${status}failure: ${outcome.code ?? 'refused'}${because}`, tone: 'warn' };
  return { kind: 'arrow', from: 'pay', to: 'trade', label: `${status}unknown: ${outcome.reason ?? 'no definite answer'}`, tone: 'bad' };
}
