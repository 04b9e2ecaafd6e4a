/**
 * Slow motion for the diagram: the stream's transitions queue and play one at a time, in order,
 * however fast they arrive — a recovery that resolves in 2 ms is still seen crossing the diagram.
 */

export const speeds = ['live', 'quarter', 'step'] as const;
export type Speed = (typeof speeds)[number];

/** How long one transition plays; a step plays as long as live does, then waits for Next. */
export const playMs: Record<Speed, number> = { live: 450, quarter: 1800, step: 450 };

export interface AnimationQueue<T> {
  speed: Speed;
  /** The transition crossing the diagram now; it stays put in step mode until Next. */
  playing: T | null;
  /** Arrived and not yet played: how far the animation is behind the stream. */
  waiting: T[];
}

export type QueueAction<T> =
  | { type: 'arrived'; step: T }
  /** The playing transition's time is up. */
  | { type: 'played' }
  /** Step mode: play the next one now. */
  | { type: 'next' }
  | { type: 'speed'; speed: Speed };

export const emptyQueue = <T>(speed: Speed): AnimationQueue<T> => ({ speed, playing: null, waiting: [] });

const startNext = <T>(q: AnimationQueue<T>): AnimationQueue<T> => ({ ...q, playing: q.waiting[0] ?? null, waiting: q.waiting.slice(1) });

export function animationQueue<T>(q: AnimationQueue<T>, action: QueueAction<T>): AnimationQueue<T> {
  switch (action.type) {
    case 'arrived':
      return q.playing === null && q.waiting.length === 0 && q.speed !== 'step'
        ? { ...q, playing: action.step }
        : { ...q, waiting: [...q.waiting, action.step] };
    case 'played':
      if (q.playing === null) return q;
      return q.speed === 'step' ? { ...q, playing: null } : startNext(q);
    case 'next':
      return q.waiting.length === 0 ? q : startNext(q);
    case 'speed': {
      const changed = { ...q, speed: action.speed };
      // Leaving step mode, whatever waits starts to play on its own.
      return changed.playing === null && action.speed !== 'step' ? startNext(changed) : changed;
    }
  }
}

/** Where the token stands while the queue plays: on the playing step's target, else before the next one. */
export function shownState<T extends { from: string; to: string }>(q: AnimationQueue<T>, settled: string): string {
  return q.playing?.to ?? q.waiting[0]?.from ?? settled;
}
