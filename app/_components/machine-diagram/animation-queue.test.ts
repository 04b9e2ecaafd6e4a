import { describe, expect, it } from 'vitest';
import { animationQueue, emptyQueue, shownState, type AnimationQueue, type QueueAction, type Speed } from './animation-queue';

interface Step {
  from: string;
  to: string;
  id: number;
}

const requested: Step = { from: 'trySuccess', to: 'trySuccess', id: 1 };
const unknown: Step = { from: 'trySuccess', to: 'unknown', id: 2 };
const succeeded: Step = { from: 'unknown', to: 'confirmed', id: 3 };

const run = (speed: Speed, ...actions: QueueAction<Step>[]): AnimationQueue<Step> =>
  actions.reduce(animationQueue, emptyQueue<Step>(speed));
const arrived = (step: Step): QueueAction<Step> => ({ type: 'arrived', step });

describe('the animation queue', () => {
  it('plays a burst in order, one at a time, live', () => {
    let q = run('live', arrived(requested), arrived(unknown), arrived(succeeded));
    expect(q.playing).toBe(requested);
    expect(q.waiting).toEqual([unknown, succeeded]);
    q = animationQueue(q, { type: 'played' });
    expect(q.playing).toBe(unknown);
    q = animationQueue(animationQueue(q, { type: 'played' }), { type: 'played' });
    expect(q).toEqual({ speed: 'live', playing: null, waiting: [] });
  });

  it('at a quarter speed queues the same way (only slower)', () => {
    const q = run('quarter', arrived(requested), arrived(unknown));
    expect(q.playing).toBe(requested);
    expect(q.waiting).toEqual([unknown]);
  });

  it('in step mode holds every transition until Next, and stops after each', () => {
    let q = run('step', arrived(requested), arrived(unknown));
    expect(q.playing).toBeNull();
    expect(q.waiting).toHaveLength(2);
    q = animationQueue(q, { type: 'next' });
    expect(q.playing).toBe(requested);
    q = animationQueue(q, { type: 'played' });
    expect(q).toMatchObject({ playing: null, waiting: [unknown] });
    q = animationQueue(q, { type: 'next' });
    expect(q).toMatchObject({ playing: unknown, waiting: [] });
    // Nothing left: Next changes nothing.
    expect(animationQueue(q, { type: 'next' })).toBe(q);
  });

  it('Next skips the rest of the playing transition to the following one', () => {
    const q = run('step', arrived(requested), arrived(unknown), { type: 'next' }, { type: 'next' });
    expect(q).toMatchObject({ playing: unknown, waiting: [] });
  });

  it('leaving step mode lets the queue play on by itself', () => {
    const q = run('step', arrived(requested), arrived(unknown), { type: 'speed', speed: 'live' });
    expect(q).toMatchObject({ speed: 'live', playing: requested, waiting: [unknown] });
  });

  it('a transition arriving behind waiting ones waits its turn, even with nothing playing', () => {
    const q = run(
      'step',
      arrived(requested),
      { type: 'speed', speed: 'quarter' },
      { type: 'speed', speed: 'step' },
      { type: 'played' },
      arrived(unknown),
    );
    expect(q).toMatchObject({ playing: null, waiting: [unknown] });
  });

  it('shows the token where the animation is, not where the stream is', () => {
    const q = run('step', arrived(unknown), arrived(succeeded));
    expect(shownState(q, 'confirmed')).toBe('trySuccess');
    expect(shownState(animationQueue(q, { type: 'next' }), 'confirmed')).toBe('unknown');
    expect(shownState(emptyQueue<Step>('step'), 'confirmed')).toBe('confirmed');
  });
});
