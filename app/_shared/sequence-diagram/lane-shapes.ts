import type { TradeView } from '@/app/_shared/lab-api';
import { scoped, type StoryWords, type Words } from '@/app/_shared/ui/words';
import { outcomeOf } from '@/lib/pay/contract';
import type { PayEvent } from '@/lib/pay/pay-events';
import { cardOf } from '@/lib/strategies/catalog';
import { faultOf, requestIn, type TradeEventOf } from '@/lib/trade/trade-events';
import { branchPhaseBox, tcRows, tmMessage } from './tc-shapes';

export type Lane = 'client' | 'trade' | 'tc' | 'network' | 'pay';
export type Tone = 'ink' | 'ok' | 'bad' | 'warn' | 'info' | 'neutral';

export type LaneShape =
  | { kind: 'box'; lane: Lane; label: string; tone: Tone }
  | { kind: 'note'; lane: Lane; label: string; tone: Tone }
  | { kind: 'arrow'; from: Lane; to: Lane; label: string; tone: Tone; dashed?: boolean }
  /** An arrow that never arrives: it stops with a ✕ on the hop it was lost on (to the provider: the Network lane). */
  | { kind: 'broken'; from: Lane; to?: Lane; label: string; tone: Tone };

export type ViewEvent = TradeView['events'][number];
type RpcDetail = TradeEventOf<'rpc'>['detail'];
/** `start`: when the event began (an RPC's request); `end`: when it was logged. */
export interface ShapeAt {
  at: 'start' | 'end';
  shape: LaneShape;
}

const end = (shape: LaneShape): ShapeAt[] => [{ at: 'end', shape }];

function duration(t: Words, ms: number): string {
  return ms < 1000 ? t('ms', { n: Math.round(ms) }) : t('seconds', { n: (ms / 1000).toFixed(1) });
}

/** Provider-side events: the pay service's own commits and its fence's answers (their words are the catalog's `lanes.pay`). */
const payLabels: Record<PayEvent['type'], [string, Tone]> = {
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
  'try.held': ['hold', 'ok'],
  'confirm.kept': ['keep', 'ok'],
  'cancel.unheld': ['letGo', 'ok'],
};

/**
 * The shapes one event draws. `gapMs` is the time since the caller's previous write: before a
 * retry it is the backoff the recovery worker waited.
 */
export function laneRowsFor(
  event: ViewEvent,
  trade: Pick<TradeView, 'id' | 'strategy' | 'globals'>,
  words: StoryWords,
  gapMs: number | null,
): ShapeAt[] {
  const tradeId = trade.id;
  const t = scoped(words.t, 'lanes');
  if (event.source === 'pay') return payBox(t, event);
  if (event.source === 'tc') return tcRows(words, event, trade.globals);
  const fault = faultOf(event);
  const because = fault ? t('because', { fault: words.faultLabel(fault) }) : '';
  switch (event.type) {
    case 'transition':
      return transition(t, event, tradeId);
    case 'rpc':
      return rpc(t, event.detail, trade, because, gapMs);
    case 'rpc.late': {
      const reply = event.detail.providerReply;
      const status = reply?.status ? t('lateStatus', { status: reply.status }) : '';
      return end({
        kind: 'arrow',
        from: 'network',
        to: 'pay',
        label: t('late', { op: event.detail.op, status }),
        tone: 'warn',
        dashed: true,
      });
    }
    case 'fault':
      return end({ kind: 'box', lane: 'trade', label: t('aborted', { stage: event.detail.stage, because }), tone: 'bad' });
    case 'branch.phase':
      return end(branchPhaseBox(t, event.detail));
    case 'branch.try.refused':
      return end({ kind: 'box', lane: 'trade', label: t('hangingRefused', { action: event.detail.action }), tone: 'warn' });
    case 'v3':
      return tmMessage(words, event.detail);
    case 'v1': {
      const commit = event.detail.decision === 'commit';
      return end({
        kind: 'box',
        lane: 'trade',
        label: t(commit ? 'v1Commit' : 'v1Rollback', { why: event.detail.why }),
        tone: commit ? 'ok' : 'warn',
      });
    }
    case 'trade':
      return end({ kind: 'box', lane: 'trade', label: t('tradeRow', { action: event.detail.action }), tone: 'neutral' });
    case 'recovery': {
      const d = event.detail;
      const label =
        d.kind === 'stopped' ? t('retriesStopped') : d.kind === 'not-repairable' ? t('notRepairable', { why: d.why }) : t('sweep');
      return end({ kind: 'note', lane: 'trade', label, tone: d.kind === 'not-repairable' ? 'bad' : 'warn' });
    }
    case 'reconcile':
      return end({
        kind: 'arrow',
        from: 'trade',
        to: 'pay',
        label: t('reconcile', { released: t('released', { amount: (event.detail.released / 100).toFixed(2) }) }),
        tone: 'warn',
        dashed: true,
      });
    case 'result.ignored':
      return end({ kind: 'note', lane: 'trade', label: t('ignored', { op: event.detail.op }), tone: 'neutral' });
    case 'lab.reset':
      return end({ kind: 'note', lane: 'trade', label: event.type, tone: 'neutral' });
  }
}

function payBox(t: Words, event: PayEvent): ShapeAt[] {
  const [key, tone] = payLabels[event.type];
  const label = t(`pay.${key}`);
  // A repeat of a refused operation gets the refusal again: the fence's first answer.
  if (event.detail.fence === 'idempotency' && event.detail.refused)
    return end({ kind: 'box', lane: 'pay', label: t('refusedAgain', { label }), tone: 'warn' });
  const removed = event.type === 'cancel.released' && event.detail.removed;
  return end({ kind: 'box', lane: 'pay', label: removed ? t('removed', { label }) : label, tone });
}

function transition(t: Words, event: TradeEventOf<'transition'>, tradeId: string): ShapeAt[] {
  const d = event.detail;
  const owes = d.owed ? t('owes', { op: d.owed }) : '';
  if (d.from === null) return end({ kind: 'box', lane: 'trade', label: t('commit', { state: d.to }), tone: 'ok' });
  const request = requestIn(event);
  if (request) {
    const op = request.event.slice(0, -'.requested'.length);
    // What the client asked for: a delete owes a cancel.
    return [
      { at: 'end', shape: { kind: 'arrow', from: 'client', to: 'trade', label: `${request.op} ${tradeId}`, tone: 'ink' } },
      { at: 'end', shape: { kind: 'box', lane: 'trade', label: t('commitOwes', { op }), tone: 'ok' } },
    ];
  }
  if (d.to === 'unknown') return end({ kind: 'box', lane: 'trade', label: t('unknown', { owes }), tone: 'bad' });
  if (d.from === d.to) return end({ kind: 'box', lane: 'trade', label: `↺ ${d.to} · ${d.event}`, tone: 'neutral' });
  return end({ kind: 'box', lane: 'trade', label: t('commit', { state: d.to }), tone: d.to === 'cancelled' ? 'neutral' : 'ok' });
}

function rpc(
  t: Words,
  d: RpcDetail,
  { id: tradeId, strategy }: Pick<TradeView, 'id' | 'strategy'>,
  because: string,
  gapMs: number | null,
): ShapeAt[] {
  const rows: ShapeAt[] = [];
  const card = cardOf(strategy);
  const attempt = d.attempt === 'redrive' ? t('redrive') : t(d.attempt > 1 ? 'sameKey' : 'attempt', { n: String(d.attempt) });
  const retry = d.attempt === 'redrive' || d.attempt > 1;
  if (retry && gapMs !== null)
    rows.push({
      at: 'start',
      shape: { kind: 'note', lane: 'trade', label: t('retryAfter', { duration: duration(t, gapMs) }), tone: 'warn' },
    });

  // A strategy that records no request before its call: the call's start is where the client asked (a create's ask is drawn with its answer).
  const asked = d.attempt === 1 ? card.askedByCall(d.op) : null;
  if (asked && asked !== 'create') {
    rows.push({ at: 'start', shape: { kind: 'arrow', from: 'client', to: 'trade', label: `${asked} ${tradeId}`, tone: 'ink' } });
  }
  const request = `${d.op} ${tradeId} (${attempt})`;
  const waited = t('timeoutAfter', { duration: duration(t, d.durationMs) });
  if (d.fault === 'rpc.request_lost') {
    rows.push({
      at: 'start',
      shape: { kind: 'broken', from: 'trade', label: t('requestLost', { request, because, waited }), tone: 'bad' },
    });
    return rows;
  }
  if (d.fault === 'rpc.slow_provider') {
    rows.push({ at: 'start', shape: { kind: 'broken', from: 'trade', label: t('heldUp', { request, because, waited }), tone: 'warn' } });
    return rows;
  }
  rows.push({
    at: 'start',
    shape: {
      kind: 'arrow',
      from: 'trade',
      to: 'pay',
      label: d.fault === 'rpc.duplicate' ? `${request} ×2${because}` : request,
      tone: 'ink',
    },
  });

  if (d.fault === 'rpc.response_lost') {
    rows.push({ at: 'end', shape: { kind: 'broken', from: 'pay', label: t('replyLost', { because }), tone: 'bad' } });
    return rows;
  }
  rows.push({ at: 'end', shape: reply(t, d, d.fault === 'rpc.provider_rejects' ? because : '') });
  return rows;
}

function reply(t: Words, { outcome, providerReply }: RpcDetail, because: string): LaneShape {
  const status = providerReply?.status ? `${providerReply.status} ` : '';
  if (outcome.kind === 'success') {
    // The provider's answer as its contract reads the reply: every strategy keeps the reply (V2 nothing else).
    const answered = providerReply && outcomeOf(providerReply);
    const answer = answered?.kind === 'success' ? answered.value : null;
    const state = answer?.payOrder?.state ?? (answer?.removed ? t('cancelledRemoved') : t('ok'));
    const replay = answer?.replay ? t('fenceReplay') : '';
    return { kind: 'arrow', from: 'pay', to: 'trade', label: `${status}${state}${replay}`, tone: 'ok' };
  }
  if (outcome.kind === 'failure')
    return { kind: 'arrow', from: 'pay', to: 'trade', label: t('failure', { status, code: outcome.code, because }), tone: 'warn' };
  return { kind: 'arrow', from: 'pay', to: 'trade', label: t('unknownReply', { status, reason: outcome.reason }), tone: 'bad' };
}
