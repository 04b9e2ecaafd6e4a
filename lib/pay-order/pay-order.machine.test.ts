import { createActor, initialTransition, transition } from 'xstate';
import { toDirectedGraph } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { decide, initial, restore, type PayOrderSnapshot } from './decide';
import {
  payOrderMachine,
  payOrderEventTypes as eventTypes,
  payOrderStates,
  operations,
  type PayOrderEventType,
  type Operation,
  type PayOrderState,
} from './pay-order.machine';

type Row = [from: PayOrderState, owed: Operation | null, event: PayOrderEventType, to: PayOrderState, owedAfter: Operation | null];

/** Every accepted transition, in the note's words: only a definite result moves the state. */
const accepted: Row[] = [
  ['init', 'try', 'try.succeeded', 'trySuccess', null],
  ['init', 'try', 'try.failed', 'cancelled', null],
  ['init', 'try', 'call.unknown', 'unknown', 'try'],
  ['init', 'try', 'cancel.requested', 'init', 'cancel'],
  ['init', 'cancel', 'cancel.succeeded', 'cancelled', null],
  ['init', 'cancel', 'call.unknown', 'unknown', 'cancel'],
  ['trySuccess', null, 'confirm.requested', 'trySuccess', 'confirm'],
  ['trySuccess', null, 'cancel.requested', 'trySuccess', 'cancel'],
  ['trySuccess', 'confirm', 'confirm.succeeded', 'confirmed', null],
  ['trySuccess', 'confirm', 'confirm.failed', 'trySuccess', null],
  ['trySuccess', 'confirm', 'call.unknown', 'unknown', 'confirm'],
  ['trySuccess', 'cancel', 'cancel.succeeded', 'cancelled', null],
  ['trySuccess', 'cancel', 'call.unknown', 'unknown', 'cancel'],
  ['unknown', 'try', 'try.succeeded', 'trySuccess', null],
  ['unknown', 'try', 'try.failed', 'cancelled', null],
  ['unknown', 'try', 'call.unknown', 'unknown', 'try'],
  ['unknown', 'try', 'cancel.requested', 'unknown', 'cancel'],
  ['unknown', 'confirm', 'confirm.succeeded', 'confirmed', null],
  ['unknown', 'confirm', 'confirm.failed', 'trySuccess', null],
  ['unknown', 'confirm', 'call.unknown', 'unknown', 'confirm'],
  ['unknown', 'cancel', 'cancel.succeeded', 'cancelled', null],
  ['unknown', 'cancel', 'call.unknown', 'unknown', 'cancel'],
];

/** Every (state, owed) pair a pay order can be in; the table's rows start from these. */
const reachable: PayOrderSnapshot[] = [
  { state: 'init', owed: 'try' },
  { state: 'init', owed: 'cancel' },
  { state: 'trySuccess', owed: null },
  { state: 'trySuccess', owed: 'confirm' },
  { state: 'trySuccess', owed: 'cancel' },
  ...operations.map((owed) => ({ state: 'unknown' as const, owed })),
  { state: 'confirmed', owed: null },
  { state: 'cancelled', owed: null },
];

describe('the pay-order machine', () => {
  it('starts in init, owing the try', () => {
    const [snapshot] = initialTransition(payOrderMachine);
    expect(snapshot.value).toBe('init');
    expect(snapshot.context.owed).toBe('try');
    expect(initial()).toEqual({ state: 'init', owed: 'try' });
  });

  it.each(accepted)('%s (owes %s) --%s--> %s (owes %s)', (from, owed, event, to, owedAfter) => {
    expect(decide({ state: from, owed }, { type: event })).toEqual({ accepted: true, next: { state: to, owed: owedAfter } });
    // The decision is XState's own pure transition, not a second copy of the rules.
    const [next] = transition(payOrderMachine, restore({ state: from, owed }), { type: event });
    expect([next.value, next.context.owed]).toEqual([to, owedAfter]);
  });

  it('reaches exactly the listed (state, owed) pairs from init', () => {
    const key = (s: PayOrderSnapshot) => `${s.state}/${s.owed}`;
    const seen = new Set([key(initial())]);
    const queue = [initial()];
    while (queue.length) {
      const current = queue.shift()!;
      for (const type of eventTypes) {
        const decision = decide(current, { type });
        if (decision.accepted && !seen.has(key(decision.next))) {
          seen.add(key(decision.next));
          queue.push(decision.next);
        }
      }
    }
    expect([...seen].sort()).toEqual(reachable.map(key).sort());
    expect(new Set(reachable.map((r) => r.state))).toEqual(new Set(payOrderStates));
  });

  const refused = reachable.flatMap(({ state, owed }) =>
    eventTypes
      .filter((event) => !accepted.some(([s, o, e]) => s === state && o === owed && e === event))
      .map((event) => [state, owed, event] as const),
  );

  it.each(refused)('refuses %s (owes %s) + %s and changes nothing', (state, owed, event) => {
    const current: PayOrderSnapshot = { state, owed };
    const decision = decide(current, { type: event });
    expect(decision.accepted).toBe(false);
    expect(current).toEqual({ state, owed });
  });

  it('lists every event it takes, and no other', () => {
    expect([...eventTypes].sort()).toEqual([...payOrderMachine.events].sort());
  });

  it('keeps the final states final', () => {
    for (const state of ['confirmed', 'cancelled'] as const) {
      expect(restore({ state, owed: null }).status).toBe('done');
    }
  });

  it('has exactly the transitions of the table — the graph the browser draws has no other edge', () => {
    const graphEdges = new Set(
      toDirectedGraph(payOrderMachine).children.flatMap((node) => node.edges.map((e) => `${e.source.key}|${e.label.text}|${e.target.key}`)),
    );
    const tableEdges = new Set(accepted.map(([from, , event, to]) => `${from}|${event}|${to}`));
    expect(tableEdges).toEqual(graphEdges);
  });

  it('survives a JSON round trip of its persisted snapshot', () => {
    const actor = createActor(payOrderMachine).start();
    actor.send({ type: 'call.unknown' });
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(payOrderMachine, { snapshot: persisted }).start();
    expect(restored.getSnapshot().value).toBe('unknown');
    restored.send({ type: 'try.succeeded' });
    expect(restored.getSnapshot().value).toBe('trySuccess');
    expect(restored.getSnapshot().context.owed).toBeNull();
  });
});
