import type { TradeView } from '@/app/_shared/lab-api';
import { scoped, type StoryWords, type Words } from '@/app/_shared/ui/words';
import { faultOf, requestIn } from '@/lib/trade/trade-events';
import { laneRowsFor, type LaneShape } from './lane-shapes';

export type { Lane, LaneShape } from './lane-shapes';

type TradeEvent = TradeView['events'][number];

/** One horizontal row of the sequence diagram: one shape, drawn at one moment. */
export interface LaneRow {
  key: string;
  /** 1-based position of the row's event in the replay. */
  step: number;
  /** Milliseconds since the first row. */
  offsetMs: number;
  eventType: string;
  fault: string | null;
  shape: LaneShape;
}

export interface LaneLayout {
  rows: LaneRow[];
  /** The events in replay order (step k is steps[k - 1]). */
  steps: TradeEvent[];
}

interface Segment {
  at: number;
  event: number;
  sub: number;
  shape: LaneShape;
  extra?: boolean;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Turns a trade's events into rows. An RPC is logged when it ends, so its request is drawn at
 * its start (`at - durationMs`, never before the caller's previous write) and its reply at its
 * end: what the provider did in between lands between the two arrows. Replay steps follow the
 * order in which each event's first row appears.
 */
export function layoutLanes(view: TradeView, words: StoryWords): LaneLayout {
  const segments: Segment[] = [];
  let lastTradeAt: number | null = null;
  const answerAt = answerIndex(view.events);

  view.events.forEach((event, index) => {
    let start = event.at;
    // Times are whole milliseconds: half a one earlier keeps a request ahead of what the provider did in its first millisecond.
    if (event.type === 'rpc') start = Math.max(event.at - event.detail.durationMs - 0.5, lastTradeAt ?? -Infinity);
    const rows = laneRowsFor(event, view, words, lastTradeAt === null ? null : start - lastTradeAt);
    rows.forEach((row, sub) => segments.push({ at: row.at === 'end' ? event.at : start, event: index, sub, shape: row.shape }));
    if (index === answerAt && view.answerStatus !== null && view.answerStatus !== undefined) {
      segments.push({
        at: event.at,
        event: index,
        sub: rows.length,
        shape: answerShape(scoped(words.t, 'lanes'), view.answerStatus, event),
        extra: true,
      });
    }
    if (event.source === 'trade') lastTradeAt = event.at;
  });

  segments.sort((a, b) => a.at - b.at || a.event - b.event || a.sub - b.sub);

  // Replay order: by each event's first segment.
  const order: number[] = [];
  for (const s of segments) if (!order.includes(s.event)) order.push(s.event);
  for (let i = 0; i < view.events.length; i++) if (!order.includes(i)) order.push(i);
  const stepOf = new Map(order.map((eventIndex, i) => [eventIndex, i + 1]));

  // The client's request opens the first step, at the time the API recorded it.
  const first = order[0];
  if (first !== undefined && isNumber(view.requestedAt)) {
    const at = Math.min(view.requestedAt, segments[0]?.at ?? view.requestedAt);
    segments.unshift({
      at,
      event: first,
      sub: -1,
      shape: { kind: 'arrow', from: 'client', to: 'trade', label: `POST /api/trades ${view.amount}`, tone: 'ink' },
    });
  }

  const base = segments[0]?.at ?? 0;
  const rows = segments.map((s): LaneRow => {
    const event = view.events[s.event]!;
    return {
      key: `${event.source}-${event.id}-${s.sub}`,
      step: stepOf.get(s.event) ?? 1,
      offsetMs: Math.max(0, Math.round(s.at - base)),
      eventType: event.type,
      fault: event.source === 'trade' ? faultOf(event) : null,
      shape: s.shape,
    };
  });
  return { rows, steps: order.map((i) => view.events[i]!) };
}

/**
 * Where the create call answered its client: after the result of its first call was recorded
 * (or after the fault that ended it before any call). Recovery's later calls are not answered.
 */
function answerIndex(events: TradeEvent[]): number | null {
  const firstRpc = events.findIndex((e) => e.type === 'rpc' && e.detail.attempt === 1);
  if (firstRpc === -1) {
    const early = events.findIndex((e) => e.type === 'fault' && e.detail.fault === 'local.fail_before_rpc');
    return early === -1 ? null : early;
  }
  const rpc = events[firstRpc]!;
  // The writes that recorded the call's result (a fault, then V1's rollback, say) come before the answer.
  // A `.requested` transition is the client's next request (a quick confirm or delete), not part of the answer.
  const nextRequest = (e: TradeEvent) => e.source === 'trade' && requestIn(e) !== null;
  const recordsResult = (e: TradeEvent) => e.type === 'transition' || e.type === 'v1' || e.type === 'fault';
  const recording = (e: TradeEvent | undefined) =>
    e !== undefined && e.source === 'trade' && recordsResult(e) && !nextRequest(e) && e.at - rpc.at < 250;
  let answer: number | null = null;
  for (let i = firstRpc + 1; i < events.length; i++) {
    const e = events[i];
    if (recording(e)) answer = i;
    else if (answer !== null || e?.source === 'trade') break;
  }
  return answer;
}

function answerShape(t: Words, status: number, event: TradeEvent): LaneShape {
  const what =
    event.type === 'transition'
      ? t('answerMirror', { state: event.detail.to })
      : event.type === 'v1'
        ? t(event.detail.decision === 'commit' ? 'tradeCreated' : 'rolledBack')
        : t('noTrade');
  return { kind: 'arrow', from: 'trade', to: 'client', label: `${status} · ${what}`, tone: status >= 400 ? 'bad' : 'ink' };
}
