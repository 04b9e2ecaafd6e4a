import { describe, expect, it } from 'vitest';
import { availability, isUserEvent, requestsCausing } from './event-availability';
import { payOrderMachine } from './pay-order.machine';

describe('which events a person causes', () => {
  it('splits the machine: requests are buttons, the provider answers are not', () => {
    const user = payOrderMachine.events.filter(isUserEvent).sort();
    expect(user).toEqual(['cancel.requested', 'confirm.requested']);
    expect(payOrderMachine.events.filter((e) => !isUserEvent(e)).every((e) => /\.(succeeded|failed)$|^call\.unknown$/.test(e))).toBe(true);
  });

  it('names delete as a second way to cause cancel.requested, after cancel itself', () => {
    expect(requestsCausing('cancel.requested')).toEqual(['cancel', 'delete']);
    expect(requestsCausing('confirm.requested')).toEqual(['confirm']);
    expect(requestsCausing('try.succeeded')).toEqual([]);
  });
});

describe("the machine's answer for a button, and its reason", () => {
  it('allows what the machine takes from the current state', () => {
    expect(availability({ state: 'trySuccess', owed: null }, 'confirm.requested', 'trySuccess')).toEqual({ allowed: true });
    expect(availability({ state: 'trySuccess', owed: null }, 'cancel.requested', 'trySuccess')).toEqual({ allowed: true });
    // TCC: a cancel may overtake a try whose answer is not in.
    expect(availability({ state: 'init', owed: 'try' }, 'cancel.requested', 'init')).toEqual({ allowed: true });
    expect(availability({ state: 'unknown', owed: 'try' }, 'cancel.requested', 'unknown')).toEqual({ allowed: true });
  });

  it.each([
    [{ state: 'confirmed', owed: null }, 'confirm.requested', 'confirmed', 'no confirm.requested from confirmed (final)'],
    [{ state: 'cancelled', owed: null }, 'cancel.requested', 'cancelled', 'no cancel.requested from cancelled (final)'],
    [{ state: 'init', owed: 'try' }, 'confirm.requested', 'init', 'no confirm.requested from init'],
    [
      { state: 'trySuccess', owed: 'confirm' },
      'cancel.requested',
      'trySuccess',
      'cancel.requested is refused in trySuccess: an owed confirm must settle first',
    ],
    [
      { state: 'unknown', owed: 'confirm' },
      'cancel.requested',
      'unknown',
      'cancel.requested is refused in unknown: only while the try is owed, and the confirm is owed',
    ],
    [
      { state: 'init', owed: 'cancel' },
      'cancel.requested',
      'init',
      'cancel.requested is refused in init: only while the try is owed, and the cancel is owed',
    ],
    // From a final state the machine's own refusal comes first, whichever edge the button is on.
    [{ state: 'confirmed', owed: null }, 'confirm.requested', 'trySuccess', 'no confirm.requested from confirmed (final)'],
    [
      { state: 'trySuccess', owed: null },
      'cancel.requested',
      'init',
      'the mirror is in trySuccess: cancel.requested takes the edge out of trySuccess',
    ],
  ] as const)('refuses in %o: %s from %s — "%s"', (at, event, from, reason) => {
    expect(availability(at, event, from)).toEqual({ allowed: false, reason });
  });

  it('agrees with snapshot.can for every state, owed operation and request', () => {
    for (const state of ['init', 'trySuccess', 'unknown', 'confirmed', 'cancelled'] as const) {
      for (const owed of [null, 'try', 'confirm', 'cancel'] as const) {
        for (const event of ['confirm.requested', 'cancel.requested'] as const) {
          const can = payOrderMachine.resolveState({ value: state, context: { owed } }).can({ type: event });
          const answer = availability({ state, owed }, event, state);
          expect(answer.allowed, `${state}/${owed}/${event}`).toBe(can);
          if (!answer.allowed) expect(answer.reason).not.toMatch(/undefined|does not hold/);
        }
      }
    }
  });

  it('refuses without a mirror (V1), saying so', () => {
    expect(availability(null, 'confirm.requested', 'trySuccess')).toMatchObject({ allowed: false, reason: expect.stringMatching(/V1/) });
  });
});
