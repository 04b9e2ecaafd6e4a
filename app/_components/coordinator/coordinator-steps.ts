import type { TradeView } from '@/app/_shared/lab-api';
import type { AnimationQueue } from '@/app/_components/machine-diagram/animation-queue';

type GlobalView = TradeView['globals'][number];
type ViewEvent = TradeView['events'][number];

/** Which token a step moves: the global transaction's, or one branch's. */
export type Mover = { machine: 'global' } | { machine: 'branch'; branchId: string };

/** One transition of the coordinator's log, as the diagrams play it. */
export interface TcStep {
  mover: Mover;
  from: string;
  to: string;
  event: string;
  /** The TC event's row id: it restarts the edge's animation, and orders the steps. */
  eventId: number;
}

const sameMover = (a: Mover, b: Mover) =>
  a.machine === b.machine && (a.machine === 'global' || (b.machine === 'branch' && a.branchId === b.branchId));

/** The transitions the TC logged for one global transaction after `after` (a TC event id), oldest first. */
export function stepsOf(events: readonly ViewEvent[], xid: string, after: number): TcStep[] {
  const steps: TcStep[] = [];
  for (const e of events) {
    if (e.source !== 'tc' || e.xid !== xid || e.id <= after) continue;
    if (e.type === 'global.moved')
      steps.push({ mover: { machine: 'global' }, from: e.detail.from, to: e.detail.to, event: e.detail.event, eventId: e.id });
    else if (e.type === 'branch.moved')
      steps.push({
        mover: { machine: 'branch', branchId: e.detail.branchId },
        from: e.detail.from,
        to: e.detail.to,
        event: e.detail.event,
        eventId: e.id,
      });
  }
  return steps.sort((a, b) => a.eventId - b.eventId);
}

/** The newest TC event a view holds for a global transaction: where a replay of it starts. */
export const lastTcEvent = (events: readonly ViewEvent[], xid: string) =>
  Math.max(0, ...events.filter((e) => e.source === 'tc' && e.xid === xid).map((e) => e.id));

/**
 * Where a token stands while the queue plays: on the playing step's target if it is this token's,
 * else before this token's next waiting step, else where the log says it is now.
 */
export function shownAt(queue: AnimationQueue<TcStep>, mover: Mover, settled: string): string {
  if (queue.playing && sameMover(queue.playing.mover, mover)) return queue.playing.to;
  return queue.waiting.find((s) => sameMover(s.mover, mover))?.from ?? settled;
}

/** The transaction the diagrams follow: the trade's newest (a confirm after its create, say). */
export const latestGlobal = (trade: Pick<TradeView, 'globals'>): GlobalView | null => trade.globals.at(-1) ?? null;
