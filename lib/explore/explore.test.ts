import { describe, expect, it } from 'vitest';
import { explore as exploreWith, replaySchedule as replayWith } from './explore';
import type { Property } from './property';
import { explorerKit } from '@/lib/explorer-kit';

const explore = (options: Parameters<typeof exploreWith>[0], kit = explorerKit) => exploreWith(options, kit);
const replaySchedule = (id: string) => replayWith(id, explorerKit);

const only = (over: Partial<Parameters<typeof explore>[0]>) => ({
  depth: 1,
  strategies: ['v2' as const],
  fences: ['on' as const],
  sequences: ['create' as const],
  ...over,
});

describe('the explorer', { timeout: 120_000 }, () => {
  it('walks every schedule of a small bound: known counts', async () => {
    const none = await explore(only({ depth: 0, strategies: ['v1', 'v2'] }));
    expect(none.schedules).toBe(2); // one fault-free schedule per strategy
    const v2 = await explore(only({}));
    // The fault-free create, each of its eight fault points firing alone, a late try landing
    // before or after, and a duplicate overtaking its original.
    expect(v2.configurations.map((c) => [c.strategy, c.sequence, c.schedules])).toEqual([['v2', 'create', 11]]);
    const v1 = await explore(only({ strategies: ['v1'] }));
    expect(v1.schedules).toBe(10);
  });

  it("checks the note's claims: V2 with the fence holds every one", async () => {
    const report = await explore(only({ depth: 2, sequences: ['create', 'create-cancel', 'cancel-while-unknown'] }));
    const v2 = report.properties.filter((p) => p.fence === 'on' && (p.strategy === 'v2' || p.strategy === 'every'));
    expect(v2.map((p) => [p.id, p.verdict])).toEqual(v2.map((p) => [p.id, 'holds']));
    expect(report.merged).toBeGreaterThan(0);
    expect(report.ok).toBe(true);
  });

  it('finds what the fence guards when it is off, each with a shortest schedule', async () => {
    const report = await explore(only({ fences: ['off'], sequences: ['create', 'create-cancel'] }));
    const reached = report.properties.filter((p) => p.kind === 'reachable' && p.fence === 'off' && p.strategy === 'every');
    expect(reached.map((p) => p.verdict)).toEqual(['reached', 'reached', 'reached']);
    for (const p of reached) expect(p.classes[0]!.shortest.faults).toBe(1);
  });

  it('replays a counterexample from its id to the same end, event for event', async () => {
    const report = await explore(only({ strategies: ['v1'], sequences: ['create-confirm'] }));
    const finding = report.properties.find((p) => p.id === 'v1.create-3-repaired')!;
    expect(finding.verdict).toBe('fails');
    const shortest = finding.classes[0]!.shortest;
    expect(shortest).toMatchObject({ id: 'v1.on.create-confirm.d1.01', faults: 1, turns: [{ label: 'fault rpc.request_lost on try' }] });
    const replayed = (await replaySchedule(shortest.id))!;
    expect(replayed.outcome.afterReconcile).toEqual(shortest.outcome.afterReconcile);
    expect(replayed.story?.events).toEqual(shortest.story?.events);
    expect(replayed.properties.find((p) => p.id === 'v1.create-3-repaired')).toMatchObject({ kept: false });
  });

  it('is not ok when a claim breaks, and names it', async () => {
    const broken: Property = {
      ...explorerKit.claims.find((p) => p.id === 'v2.converges')!,
      id: 'broken',
      title: 'a V2 trade never exists',
    };
    broken.check = (o) => (o.afterRecovery.pair[0] === '—' ? null : 'the trade exists');
    const report = await explore(only({ depth: 0 }), { ...explorerKit, claims: [broken] });
    expect(report).toMatchObject({ ok: false, broken: ['a V2 trade never exists'] });
  });

  it('refuses an id that names no schedule', async () => {
    expect(await replaySchedule('v9.on.create.d1.0')).toBeNull();
    expect(await replaySchedule('v1.on.create.d1.2')).toBeNull();
    expect(await replaySchedule('v2.on.create.d1.000000000000000000001')).toBeNull();
  });
});
