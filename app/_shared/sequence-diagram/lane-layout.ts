import type { TradeView } from '@/app/_shared/lab-api';
import { scoped, type StoryWords, type Words } from '@/app/_shared/ui/words';
import { faultOf, requestIn } from '@/lib/trade/trade-events';
import { laneRowsFor, type LaneShape } from './lane-shapes';
import type { BranchResource } from '@/lib/coordinator/contract';
import { isPhaseTwoAnswer } from './tc-shapes';

export type { LaneShape } from './lane-shapes';

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
  /** Breaks a tie in time: the event's index, or a place between two events' (a request drawn right after the write before it). */
  tie: number;
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

  // A view recorded before the coordinator carries no list of global transactions.
  const trade = { ...view, globals: view.globals ?? [] };

  // The TC's phase-2 calls: when each began, and what its branch's owner did meanwhile.
  const { calls, inside: owned } = phaseTwoCalls(view.events);
  let lastTradeIndex = -1;
  /** Where the caller's previous write ends in a tie: a message to the coordinator ends after the TC's entries it caused. */
  let lastTradeTie = -1;

  view.events.forEach((event, index) => {
    let start = event.at;
    let startTie = index;
    // Times are whole milliseconds: half a one earlier keeps a request ahead of what the provider did in its first millisecond.
    if (event.source === 'trade' && (event.type === 'rpc' || event.type === 'v3')) {
      start = Math.max(event.at - event.detail.durationMs - 0.5, lastTradeAt ?? -Infinity);
      // Sent in the same millisecond as the caller's previous write: right after it, ahead of what the other side did.
      if (start === lastTradeAt) startTie = Math.max(lastTradeIndex + 0.5, lastTradeTie + 0.001);
    }
    const call = calls.get(index);
    if (call) [start, startTie] = [call.start, index - 0.3];
    const inside = owned.get(index);
    const endAt = call ? call.end : inside ? Math.max(event.at, inside.start) : event.at;
    const endTie = inside ? inside.answer - 0.2 : event.type === 'v3' ? afterTcEntries(view.events, index) : index;
    const rows = laneRowsFor(named(event, view.events, index), trade, words, lastTradeAt === null ? null : start - lastTradeAt);
    rows.forEach((row, sub) =>
      segments.push(
        row.at === 'end'
          ? { at: endAt, tie: endTie, event: index, sub, shape: row.shape }
          : { at: start, tie: startTie, event: index, sub, shape: row.shape },
      ),
    );
    if (index === answerAt && view.answerStatus !== null && view.answerStatus !== undefined) {
      segments.push({
        at: event.at,
        tie: endTie,
        event: index,
        sub: rows.length,
        shape: answerShape(scoped(words.t, 'lanes'), view.answerStatus, event),
        extra: true,
      });
    }
    // The trade branch's phase 2 is the TC's call to the trade service, not a step of the caller's own flow.
    if (event.source === 'trade' && !inside) [lastTradeAt, lastTradeIndex, lastTradeTie] = [event.at, index, endTie];
  });

  segments.sort((a, b) => a.at - b.at || a.tie - b.tie || a.event - b.event || a.sub - b.sub);

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
      tie: -1,
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
      fault: event.source !== 'trade' ? null : event.type === 'v3' ? event.detail.fault : faultOf(event),
      shape: s.shape,
    };
  });
  return { rows, steps: order.map((i) => view.events[i]!) };
}

/**
 * The TC logs a phase-2 call only once its branch answered (or did not): each call is drawn from
 * just before the first thing that branch's owner did for it — the pay service's commit, the
 * trade branch's phase — to the TC's entry, those things between the two arrows. Nothing there:
 * the call was lost on the way, and is drawn with its answer. Within one millisecond the stores'
 * order says nothing, so an owner's event is matched to the call by its branch, not by position.
 */
function phaseTwoCalls(events: TradeEvent[]) {
  /** Each answer's call, by the answer's index. */
  const calls = new Map<number, { start: number; end: number }>();
  /** Each owner's event drawn inside a call, by its index: which answer, and when the call began. */
  const inside = new Map<number, { answer: number; start: number }>();
  const branchOwner = new Map<string, BranchResource>();
  let previousTc = -Infinity;
  events.forEach((answer, index) => {
    if (answer.source !== 'tc') return;
    if (isPhaseTwoAnswer(answer)) {
      const { branchId } = answer.detail;
      const ownedBy = (e: TradeEvent) =>
        e.source === 'pay'
          ? (branchOwner.get(branchId) ?? 'pay') === 'pay'
          : e.source === 'trade' && e.type === 'branch.phase' && e.detail.branchId === branchId;
      const owned = events
        .map((e, i) => ({ e, i }))
        .filter(({ e, i }) => !inside.has(i) && ownedBy(e) && e.at >= previousTc && e.at <= answer.at);
      const start = Math.max(previousTc, owned.length ? Math.min(...owned.map(({ e }) => e.at)) - 0.5 : answer.at - 0.5);
      for (const { i } of owned) inside.set(i, { answer: index, start });
      calls.set(index, { start, end: Math.max(answer.at, ...owned.map(({ e }) => e.at)) });
    }
    if (answer.type === 'branch.registered') branchOwner.set(answer.detail.branchId, answer.detail.resource);
    previousTc = answer.at;
  });
  return { calls, inside };
}

/**
 * A TM's message is logged once answered, and what the TC logged while answering it may share its
 * millisecond: the answer goes after those entries.
 */
function afterTcEntries(events: TradeEvent[], index: number): number {
  let last = index;
  for (let j = index + 1; j < events.length && events[j]!.at === events[index]!.at && events[j]!.source === 'tc'; j++) last = j;
  return last === index ? index : last + 0.5;
}

/**
 * The TM's begin names no transaction until the TC answers, and its event is stored without one:
 * the TC's own entry for it, logged during the call, does.
 */
function named(event: TradeEvent, events: TradeEvent[], index: number): TradeEvent {
  if (event.type !== 'v3' || event.detail.message !== 'begin' || event.detail.xid !== null || event.detail.outcome !== 'success')
    return event;
  const sent = event.at - event.detail.durationMs - 1;
  const begun = events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.source === 'tc' && e.type === 'global.begun' && e.at >= sent && e.at <= event.at)
    .sort((a, b) => Math.abs(a.i - index) - Math.abs(b.i - index))[0];
  return begun?.e.source === 'tc' && begun.e.xid ? { ...event, detail: { ...event.detail, xid: begun.e.xid } } : event;
}

/**
 * Where the create call answered its client: after the result of its first call was recorded
 * (or after the fault that ended it before any call). Recovery's later calls are not answered.
 * A create run as a global transaction answers once the TM has ended it (its commit or rollback
 * sent), or given up before it began.
 */
function answerIndex(events: TradeEvent[]): number | null {
  const firstMessage = events.findIndex((e) => e.source === 'trade' && e.type === 'v3');
  if (firstMessage !== -1) {
    const ended = events.findIndex(
      (e, i) =>
        i >= firstMessage &&
        e.source === 'trade' &&
        ((e.type === 'v3' &&
          (e.detail.message === 'commit' ||
            e.detail.message === 'rollback' ||
            (e.detail.message === 'begin' && e.detail.outcome !== 'success'))) ||
          (e.type === 'fault' && e.detail.fault === 'local.crash_after_commit')),
    );
    return ended === -1 ? null : ended;
  }
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
        : event.type === 'v3' && event.detail.message === 'commit'
          ? t(event.detail.outcome === 'success' ? 'tradeCreated' : 'noTrade')
          : event.type === 'v3' && event.detail.message === 'rollback'
            ? t('rolledBack')
            : t('noTrade');
  return { kind: 'arrow', from: 'trade', to: 'client', label: `${status} · ${what}`, tone: status >= 400 ? 'bad' : 'ink' };
}
