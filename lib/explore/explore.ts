import type { Lab } from '@/lib/lab';
import type { TradeView } from '@/lib/read-model/trade-view';
import { startScratchLab } from '@/lib/scratch-lab';
import { cardOf, type Strategy } from '@/lib/strategies/catalog';
import type { ModifyOperation } from '@/lib/trade/operations';
import type { Meter } from '@/lib/meter';
import type { Choice } from './chooser';
import { ExplorerWorld } from './explorer-world';
import { whyOf } from './findings';
import type { ExplorerKit } from './explorer-kit';
import { describeOutcome, type Property } from './property';
import { runSchedule, scheduleSettings, storyOf } from './run-schedule';
import type { InDoubt, ScheduleConfig, ScheduleOutcome } from './schedule-outcome';
import { parseScheduleId, scheduleId } from './schedule-id';
import type { Sequence } from './sequences';

export interface ExploreOptions {
  depth: number;
  strategies: Strategy[];
  fences: ('on' | 'off')[];
  sequences: Sequence[];
}

export interface Counterexample {
  id: string;
  replay: string;
  faults: number;
  steps: number;
  /** Where the schedule left the fault-free, in-order way. */
  turns: Pick<Choice, 'label' | 'taken'>[];
  told: string;
  outcome: Pick<ScheduleOutcome, 'steps' | 'afterRecovery' | 'afterReconcile' | 'payOnlySeen' | 'guessed'>;
  /** The trade's story, replayed: both services' events, for the sequence diagram. */
  story?: TradeView;
}

export interface PropertyVerdict extends Pick<Property, 'id' | 'title' | 'claim' | 'kind' | 'strategy' | 'fence'> {
  /** `not explored`: no schedule of this run is one it speaks of (its strategy, fence or case was not met). */
  verdict: 'holds' | 'fails' | 'reached' | 'not reached' | 'not explored';
  /** The verdict the note predicts (holds, or reached). */
  asPredicted: boolean;
  /** Schedules the property speaks of, and how many of them fail it (or show it). */
  schedules: number;
  matching: number;
  /** Each way it failed, or the schedule that shows it — each with its shortest schedule. */
  classes: { description: string; schedules: number; shortest: Counterexample; why: string }[];
}

export interface ExploreReport {
  options: ExploreOptions;
  durationMs: number;
  schedules: number;
  /** Schedules that met a state already explored, whose branches were not walked again. */
  merged: number;
  distinctEndStates: number;
  schedulesPerSecond: number;
  /** Each configuration walked, with the longest in-doubt window any of its schedules showed. */
  configurations: (ScheduleConfig & { schedules: number; merged: number; inDoubt: InDoubt; faultFree: Meter })[];
  properties: PropertyVerdict[];
  /** Every property as the note predicts: what `npm run explore` exits 0 on. */
  ok: boolean;
  /** The properties that are not as predicted, by title. */
  broken: string[];
}

export type ExploreProgress = { configuration: ScheduleConfig; schedules: number; total: number };

/** A starting sequence's follow-up is one the strategy takes (V3 has no cancel: it walks none that cancel). */
const takes = (strategy: Strategy, then: ModifyOperation | null) => then === null || cardOf(strategy).takes.includes(then);

export const replayCommand = (id: string) => `npm run explore -- --replay=${id}`;

/** Fewest faults first, then fewest steps: the shortest counterexample. */
const shorter = (a: ScheduleOutcome, b: ScheduleOutcome) => a.faults - b.faults || a.choices.length - b.choices.length;

/**
 * Every fault schedule within the bound, on the lab's own engine, as a model checker walks
 * them: depth first, each schedule a replay of a prefix of decisions then the fault-free way,
 * and a state met before at a choice point not branched from again. Then each of the note's
 * claims is checked over the schedules it speaks of, with a shortest counterexample per way
 * it fails.
 */
export async function explore(
  options: ExploreOptions,
  kit: ExplorerKit,
  onProgress: (p: ExploreProgress) => void = () => {},
): Promise<ExploreReport> {
  const started = Date.now();
  const world = new ExplorerWorld();
  const scratch = await startScratchLab({ world: world.world, inMemory: true });
  try {
    const outcomes: ScheduleOutcome[] = [];
    const configurations: ExploreReport['configurations'] = [];
    for (const strategy of options.strategies)
      for (const fence of options.fences)
        for (const sequence of options.sequences.filter((s) => takes(strategy, kit.sequences[s].then))) {
          const configuration = { strategy, fence, sequence, depth: options.depth };
          const walked = await walk(scratch.lab, world, kit, configuration, (n) =>
            onProgress({ configuration, schedules: n, total: outcomes.length + n }),
          );
          outcomes.push(...walked);
          configurations.push({
            ...configuration,
            schedules: walked.length,
            merged: walked.filter((o) => o.mergedAt !== null).length,
            // The first schedule walked takes the fault-free, in-order way at every choice.
            faultFree: walked[0]!.cost,
            inDoubt: {
              steps: Math.max(0, ...walked.map((o) => o.inDoubt.steps)),
              ms: Math.max(0, ...walked.map((o) => o.inDoubt.ms)),
            },
          });
        }
    const verdicts = kit.claims.map((p) => judge(p, outcomes, kit));
    for (const v of verdicts) for (const c of v.classes) c.shortest.story = await replayStory(scratch.lab, world, kit, c.shortest.id);
    const durationMs = Date.now() - started;
    const broken = verdicts.filter((v) => !v.asPredicted).map((v) => v.title);
    return {
      options,
      durationMs,
      schedules: outcomes.length,
      merged: outcomes.filter((o) => o.mergedAt !== null).length,
      distinctEndStates: new Set(outcomes.map(endState)).size,
      schedulesPerSecond: Math.round(outcomes.length / Math.max(0.001, durationMs / 1000)),
      configurations,
      properties: verdicts,
      ok: broken.length === 0,
      broken,
    };
  } finally {
    await scratch.close();
  }
}

/** One configuration, depth first. */
async function walk(
  lab: Lab,
  world: ExplorerWorld,
  kit: ExplorerKit,
  config: ScheduleConfig,
  progress: (n: number) => void,
): Promise<ScheduleOutcome[]> {
  const seen = new Set<string>();
  const outcomes: ScheduleOutcome[] = [];
  const stack: number[][] = [[]];
  while (stack.length) {
    const prefix = stack.pop()!;
    const branch: number[] = [];
    let mergedAt: number | null = null;
    const outcome = await runSchedule(lab, world, kit, config, prefix, (_choice, index, state) => {
      // The replayed prefix was branched from by the schedule that first met it.
      if (index < prefix.length || mergedAt !== null) return;
      const key = state();
      if (seen.has(key)) mergedAt = index;
      else {
        seen.add(key);
        branch.push(index);
      }
    });
    outcome.mergedAt = mergedAt;
    outcomes.push(outcome);
    for (const index of branch.reverse())
      for (let other = outcome.choices[index]!.options - 1; other > 0; other--) stack.push([...outcome.decisions.slice(0, index), other]);
    progress(outcomes.length);
  }
  return outcomes;
}

function judge(property: Property, outcomes: ScheduleOutcome[], kit: ExplorerKit): PropertyVerdict {
  const about = outcomes.filter((o) => property.about(o));
  const { about: _about, check: _check, ...described } = property;
  const classes = new Map<string, { count: number; shortest: ScheduleOutcome }>();
  const note = (description: string, o: ScheduleOutcome) => {
    const seen = classes.get(description);
    if (!seen) classes.set(description, { count: 1, shortest: o });
    else {
      seen.count += 1;
      if (shorter(o, seen.shortest) < 0) seen.shortest = o;
    }
  };
  let matching = 0;
  for (const o of about) {
    const checked = property.check(o);
    if (property.kind === 'reachable' ? checked === true : typeof checked === 'string') {
      matching += 1;
      note(typeof checked === 'string' ? checked : 'shown', o);
    }
  }
  // A reachable property keeps only its shortest witness.
  const listed = [...classes].sort(([, a], [, b]) => shorter(a.shortest, b.shortest) || b.count - a.count);
  const verdict: PropertyVerdict['verdict'] = !about.length
    ? 'not explored'
    : property.kind === 'always'
      ? matching
        ? 'fails'
        : 'holds'
      : matching
        ? 'reached'
        : 'not reached';
  return {
    ...described,
    verdict,
    asPredicted: verdict !== 'fails' && verdict !== 'not reached',
    schedules: about.length,
    matching,
    classes: listed.map(([description, c]) => ({
      description,
      schedules: c.count,
      shortest: counterexample(c.shortest),
      why: whyOf(c.shortest, kit.hooks(c.shortest.config.strategy)),
    })),
  };
}

function counterexample(o: ScheduleOutcome): Counterexample {
  const id = scheduleId(o.config, o.decisions);
  return {
    id,
    replay: replayCommand(id),
    faults: o.faults,
    steps: o.choices.length,
    turns: o.choices.filter((c) => c.taken !== 0).map(({ label, taken }) => ({ label, taken })),
    told: describeOutcome(o),
    outcome: {
      steps: o.steps,
      afterRecovery: o.afterRecovery,
      afterReconcile: o.afterReconcile,
      payOnlySeen: o.payOnlySeen,
      guessed: o.guessed,
    },
  };
}

const endState = (o: ScheduleOutcome) =>
  JSON.stringify([o.config.strategy, o.config.fence, o.afterRecovery, o.afterReconcile, o.payOnlySeen, o.guessed !== null]);

async function replayStory(lab: Lab, world: ExplorerWorld, kit: ExplorerKit, id: string): Promise<TradeView | undefined> {
  const parsed = parseScheduleId(id);
  if (!parsed) return undefined;
  await runSchedule(lab, world, kit, parsed.config, parsed.decisions);
  return storyOf(lab);
}

export interface Replayed {
  id: string;
  outcome: ScheduleOutcome;
  told: string;
  /** Why it departs from the note, in the strategy's terms where it can tell. */
  why: string;
  story: TradeView | undefined;
  /** The note's claims this one schedule speaks of, and whether it keeps each. */
  properties: { id: string; title: string; kind: Property['kind']; kept: boolean; found?: string }[];
  settings: ReturnType<typeof scheduleSettings>;
}

/** One schedule again, from its id, in a scratch lab of its own: the same decisions, the same end (null: no such schedule). */
export async function replaySchedule(id: string, kit: ExplorerKit): Promise<Replayed | null> {
  const parsed = parseScheduleId(id);
  if (!parsed) return null;
  const world = new ExplorerWorld();
  const scratch = await startScratchLab({ world: world.world, inMemory: true });
  try {
    const outcome = await runSchedule(scratch.lab, world, kit, parsed.config, parsed.decisions);
    const id = scheduleId(outcome.config, outcome.decisions);
    // More decisions than the schedule met choice points: no such schedule.
    if (id !== scheduleId(parsed.config, parsed.decisions)) return null;
    return {
      id,
      outcome,
      told: describeOutcome(outcome),
      why: whyOf(outcome, kit.hooks(outcome.config.strategy)),
      story: storyOf(scratch.lab),
      settings: scheduleSettings(parsed.config),
      properties: kit.claims
        .filter((p) => p.about(outcome))
        .map((p) => {
          const checked = p.check(outcome);
          return p.kind === 'always'
            ? { id: p.id, title: p.title, kind: p.kind, kept: checked === null, ...(typeof checked === 'string' ? { found: checked } : {}) }
            : { id: p.id, title: p.title, kind: p.kind, kept: checked === true };
        }),
    };
  } finally {
    await scratch.close();
  }
}
