import { createActor, initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { getShortestPaths, toDirectedGraph } from 'xstate/graph';
import { expect, it } from 'vitest';
import type { Decision } from './decide';

/** One accepted transition, with why it happens in the note's words. */
export type Edge<S extends string, T extends string> = readonly [from: S, event: T, to: S, why: string];

interface Subject<S extends string, T extends string> {
  machine: AnyStateMachine;
  decider: { initial(): S; restore(status: S): AnyMachineSnapshot; decide(current: S, event: { type: T }): Decision<S> };
  statuses: readonly S[];
  initial: S;
  eventTypes: readonly T[];
  finals: readonly S[];
  /** Every transition the machine takes, and no other. */
  edges: readonly Edge<S, T>[];
}

/**
 * What both of the coordinator's machines promise, as tests (XState's own: pure transitions, a
 * JSON round trip of a persisted snapshot, paths from the graph). Called inside a describe.
 */
export function itKeepsItsTable<S extends string, T extends string>({
  machine,
  decider,
  statuses,
  initial,
  eventTypes,
  finals,
  edges,
}: Subject<S, T>) {
  const events = eventTypes.map((type) => ({ type }));
  const paths = getShortestPaths(machine, { events });

  it(`starts in ${initial}`, () => {
    expect(decider.initial()).toBe(initial);
    expect(initialTransition(machine)[0].value).toBe(initial);
  });

  it('lists every status and every event it takes, and no other; each status has a description', () => {
    expect(Object.keys(machine.states).sort()).toEqual([...statuses].sort());
    expect([...machine.events].sort()).toEqual([...eventTypes].sort());
    for (const status of statuses) expect(machine.states[status]!.description, status).toMatch(/^[A-Z].+\.$/);
  });

  it.each(edges)('%s --%s--> %s: %s', (from, type, to) => {
    expect(decider.decide(from, { type })).toEqual({ accepted: true, next: to });
    // The decision is XState's own pure transition, not a second copy of the rules.
    expect(transition(machine, decider.restore(from), { type })[0].value).toBe(to);
  });

  const refused = statuses.flatMap((status) =>
    eventTypes.filter((type) => !edges.some(([from, event]) => from === status && event === type)).map((type) => [status, type] as const),
  );

  it.each(refused)('refuses %s + %s', (status, type) => {
    expect(decider.decide(status, { type })).toEqual({
      accepted: false,
      reason: expect.stringContaining(`${type} is not accepted in ${status}`),
    });
  });

  it.each(statuses)('%s is final exactly when the table says, and a final status accepts nothing', (status) => {
    const final = finals.includes(status);
    expect(decider.restore(status).status).toBe(final ? 'done' : 'active');
    if (final) for (const type of eventTypes) expect(decider.decide(status, { type }).accepted, type).toBe(false);
  });

  it('reaches every status from the initial one', () => {
    expect(new Set(paths.map((p) => p.state.value))).toEqual(new Set(statuses));
  });

  it('has exactly the edges of the table: the graph a page draws has no other', () => {
    const graphEdges = toDirectedGraph(machine).children.flatMap((node) =>
      node.edges.map((e) => `${e.source.key}|${e.label.text}|${e.target.key}`),
    );
    expect(new Set(graphEdges)).toEqual(new Set(edges.map(([from, event, to]) => `${from}|${event}|${to}`)));
  });

  // Each status reached for real, persisted, read back as JSON: the stored status alone restores it.
  it.each(paths.map((p) => [p.state.value as S, p.steps.slice(1).map((s) => s.event)] as const))(
    'survives a JSON round trip of its persisted snapshot in %s',
    (status, steps) => {
      const actor = createActor(machine).start();
      for (const event of steps) actor.send(event);
      const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
      const rehydrated = createActor(machine, { snapshot: persisted }).start().getSnapshot();
      const restored = decider.restore(status);
      expect([rehydrated.value, rehydrated.status, [...rehydrated.tags]]).toEqual([status, restored.status, [...restored.tags]]);
      for (const event of events) expect(rehydrated.can(event), event.type).toBe(decider.decide(status, event).accepted);
    },
  );
}
