import type { TradeView } from '@/app/_shared/lab-api';
import { scoped, type StoryWords, type Words } from '@/app/_shared/ui/words';
import { isOperation } from '@/lib/pay-order/pay-order.machine';
import { cardOf } from '@/lib/strategies/catalog';

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

function duration(t: Words, ms: number): string {
  return ms < 1000 ? t('ms', { n: Math.round(ms) }) : t('seconds', { n: (ms / 1000).toFixed(1) });
}

/** Provider-side events: the pay service's own commits and its fence's answers (their words are the catalog's `lanes.pay`). */
const payLabels: Record<string, [string, Tone]> = {
  'try.reserved': ['reserve', 'ok'],
  'try.replayed': ['replay', 'info'],
  'try.refused': ['hangingTry', 'warn'],
  'try.rejected': ['businessFailure', 'warn'],
  'confirm.rejected': ['businessFailure', 'warn'],
  'cancel.rejected': ['businessFailure', 'warn'],
  'confirm.charged': ['charge', 'ok'],
  'confirm.replayed': ['replay', 'info'],
  'cancel.released': ['release', 'ok'],
  'cancel.empty': ['emptyRollback', 'info'],
  'cancel.replayed': ['replay', 'info'],
};

/**
 * The shapes one event draws. `gapMs` is the time since the caller's previous write: before a
 * retry it is the backoff the recovery worker waited.
 */
export function laneRowsFor(
  event: TradeEvent,
  trade: Pick<TradeView, 'id' | 'strategy'>,
  words: StoryWords,
  gapMs: number | null,
): ShapeAt[] {
  const tradeId = trade.id;
  const t = scoped(words.t, 'lanes');
  const d = event.detail;
  if (event.source === 'pay') {
    const known = payLabels[event.type];
    const [label, tone] = known ? [t(`pay.${known[0]}`), known[1]] : [event.type, 'neutral' as const];
    // A repeat of a refused operation gets the refusal again: the fence's first answer.
    const shown = d.refused === true ? t('refusedAgain', { label }) : d.removed === true ? t('removed', { label }) : label;
    return end({ kind: 'box', lane: 'pay', label: shown, tone: d.refused === true ? 'warn' : tone });
  }
  const fault = typeof d.fault === 'string' ? d.fault : null;
  const because = fault ? t('because', { fault: words.faultLabel(fault) }) : '';
  switch (event.type) {
    case 'transition':
      return transition(t, d, tradeId);
    case 'rpc':
      return rpc(t, d, trade, fault, because, gapMs);
    case 'rpc.late': {
      const reply = d.providerReply as { status?: number } | null;
      const status = reply?.status ? t('lateStatus', { status: reply.status }) : '';
      return end({
        kind: 'arrow',
        from: 'network',
        to: 'pay',
        label: t('late', { op: text(d.op), status }),
        tone: 'warn',
        dashed: true,
      });
    }
    case 'fault':
      return end({ kind: 'box', lane: 'trade', label: t('aborted', { stage: text(d.stage), because }), tone: 'bad' });
    case 'v1': {
      const commit = d.decision === 'commit';
      return end({
        kind: 'box',
        lane: 'trade',
        label: t(commit ? 'v1Commit' : 'v1Rollback', { why: text(d.why) }),
        tone: commit ? 'ok' : 'warn',
      });
    }
    case 'trade':
      return end({ kind: 'box', lane: 'trade', label: t('tradeRow', { action: text(d.action) }), tone: 'neutral' });
    case 'recovery': {
      const label =
        d.kind === 'stopped' ? t('retriesStopped') : d.kind === 'not-repairable' ? t('notRepairable', { why: text(d.why) }) : t('sweep');
      return end({ kind: 'note', lane: 'trade', label, tone: d.kind === 'not-repairable' ? 'bad' : 'warn' });
    }
    case 'reconcile': {
      const released = typeof d.released === 'number' ? t('released', { amount: (d.released / 100).toFixed(2) }) : '';
      return end({
        kind: 'arrow',
        from: 'trade',
        to: 'pay',
        label: t('reconcile', { released }),
        tone: 'warn',
        dashed: true,
      });
    }
    case 'result.ignored':
      return end({ kind: 'note', lane: 'trade', label: t('ignored', { op: text(d.op) }), tone: 'neutral' });
    default:
      return end({ kind: 'note', lane: 'trade', label: event.type, tone: 'neutral' });
  }
}

function transition(t: Words, d: Record<string, unknown>, tradeId: string): ShapeAt[] {
  const owes = d.owed ? t('owes', { op: text(d.owed) }) : '';
  const name = text(d.event);
  if (d.from === null) return end({ kind: 'box', lane: 'trade', label: t('commit', { state: text(d.to) }), tone: 'ok' });
  if (name.endsWith('.requested')) {
    const op = name.slice(0, -'.requested'.length);
    // What the client asked for: a delete owes the provider a cancel.
    const asked = typeof d.op === 'string' ? d.op : op;
    return [
      { at: 'end', shape: { kind: 'arrow', from: 'client', to: 'trade', label: `${asked} ${tradeId}`, tone: 'ink' } },
      { at: 'end', shape: { kind: 'box', lane: 'trade', label: t('commitOwes', { op }), tone: 'ok' } },
    ];
  }
  if (d.to === 'unknown') return end({ kind: 'box', lane: 'trade', label: t('unknown', { owes }), tone: 'bad' });
  if (d.from === d.to) return end({ kind: 'box', lane: 'trade', label: `↺ ${text(d.to)} · ${name}`, tone: 'neutral' });
  return end({ kind: 'box', lane: 'trade', label: t('commit', { state: text(d.to) }), tone: d.to === 'cancelled' ? 'neutral' : 'ok' });
}

function rpc(
  t: Words,
  d: Record<string, unknown>,
  { id: tradeId, strategy }: Pick<TradeView, 'id' | 'strategy'>,
  fault: string | null,
  because: string,
  gapMs: number | null,
): ShapeAt[] {
  const rows: ShapeAt[] = [];
  const card = cardOf(strategy);
  const op = text(d.op);
  const attempt = d.attempt === 'redrive' ? t('redrive') : t(Number(d.attempt) > 1 ? 'sameKey' : 'attempt', { n: text(d.attempt) });
  const retry = d.attempt === 'redrive' || Number(d.attempt) > 1;
  if (retry && gapMs !== null)
    rows.push({
      at: 'start',
      shape: { kind: 'note', lane: 'trade', label: t('retryAfter', { duration: duration(t, gapMs) }), tone: 'warn' },
    });

  // A strategy that records no request before its call: the call's start is where the client asked (a create's ask is drawn with its answer).
  const asked = d.attempt === 1 && isOperation(op) ? card.askedByCall(op) : null;
  if (asked && asked !== 'create') {
    rows.push({ at: 'start', shape: { kind: 'arrow', from: 'client', to: 'trade', label: `${asked} ${tradeId}`, tone: 'ink' } });
  }
  const request = `${op} ${tradeId} (${attempt})`;
  const waited = typeof d.durationMs === 'number' ? t('timeoutAfter', { duration: duration(t, d.durationMs) }) : '';
  if (fault === 'rpc.request_lost') {
    rows.push({
      at: 'start',
      shape: { kind: 'broken', from: 'trade', label: t('requestLost', { request, because, waited }), tone: 'bad' },
    });
    return rows;
  }
  if (fault === 'rpc.slow_provider') {
    rows.push({ at: 'start', shape: { kind: 'broken', from: 'trade', label: t('heldUp', { request, because, waited }), tone: 'warn' } });
    return rows;
  }
  rows.push({
    at: 'start',
    shape: { kind: 'arrow', from: 'trade', to: 'pay', label: fault === 'rpc.duplicate' ? `${request} ×2${because}` : request, tone: 'ink' },
  });

  if (fault === 'rpc.response_lost') {
    rows.push({ at: 'end', shape: { kind: 'broken', from: 'pay', label: t('replyLost', { because }), tone: 'bad' } });
    return rows;
  }
  rows.push({ at: 'end', shape: reply(t, d, fault === 'rpc.provider_rejects' ? because : '') });
  return rows;
}

function reply(t: Words, d: Record<string, unknown>, because: string): LaneShape {
  const outcome = (d.outcome ?? {}) as { kind?: string; code?: string; reason?: string; value?: { payOrder?: { state?: string } } };
  const providerReply = d.providerReply as {
    status?: number;
    body?: { replay?: boolean; removed?: boolean; payOrder?: { state?: string } };
  } | null;
  const status = providerReply?.status ? `${providerReply.status} ` : '';
  if (outcome.kind === 'success') {
    const state =
      providerReply?.body?.payOrder?.state ??
      (providerReply?.body?.removed ? t('cancelledRemoved') : (outcome.value?.payOrder?.state ?? t('ok')));
    const replay = providerReply?.body?.replay ? t('fenceReplay') : '';
    return { kind: 'arrow', from: 'pay', to: 'trade', label: `${status}${state}${replay}`, tone: 'ok' };
  }
  if (outcome.kind === 'failure')
    return {
      kind: 'arrow',
      from: 'pay',
      to: 'trade',
      label: t('failure', { status, code: outcome.code ?? t('refused'), because }),
      tone: 'warn',
    };
  return {
    kind: 'arrow',
    from: 'pay',
    to: 'trade',
    label: t('unknownReply', { status, reason: outcome.reason ?? t('noDefiniteAnswer') }),
    tone: 'bad',
  };
}
