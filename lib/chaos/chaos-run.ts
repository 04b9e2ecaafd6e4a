import { closingBooks, consistencyReport, type Books } from '@/lib/consistency/consistency-report';
import { tradeView, type TradeView } from '@/lib/read-model/trade-view';
import type { FaultId } from '@/lib/faults/catalog';
import { randomStream } from '@/lib/random/random';
import { answerLabel } from '@/lib/http/status';
import type { Lab } from '@/lib/lab';
import { openingTotalCents } from '@/lib/pay/accounts';
import { startScratchLab } from '@/lib/scratch-lab';
import { spentSince, type Meter } from '@/lib/meter';
import { seededWorld } from '@/lib/sim/seeded-world';
import { followRun, type ChaosTimeline } from './timeline';
import { quiesce } from '@/lib/driver/quiescence';
import { playTrades, type TradePlan } from '@/lib/driver/workload';
import type { ModifyOperation } from '@/lib/trade/operations';
import { cardOf, perStrategy, strategies, type Strategy } from '@/lib/strategies/catalog';
import type { ChaosOptions } from './chaos-options';
import type { ChaosProgress } from './chaos-progress';
import { describeStuck, stuckAndCounted, type StuckTrade } from './stuck-trades';

type FollowUp = ModifyOperation | 'none';

export interface ChaosRunReport {
  options: ChaosOptions;
  durationMs: number;
  transport: Lab['transport'];
  plan: { byStrategy: Record<Strategy, number>; followUps: Record<FollowUp, number> };
  /** What the API would have answered: creates and follow-ups, by status or error code. */
  answers: { creates: Record<string, number>; followUps: Record<string, number> };
  faultsFired: Partial<Record<FaultId, number>>;
  recovery: {
    sweeps: number;
    attempts: number;
    /** Nothing owed any more: every retry got a definite answer. */
    settled: boolean;
    /** Sweeps it took once the faults stopped, when they had not settled it while firing. */
    afterFaultsStopped: number;
  };
  /**
   * What the run cost: messages on the wire and local commits in every database, while the trades
   * were made (per operation too: each create and each follow-up) and while recovery and the
   * coordinator settled what they left.
   */
  cost: { operations: number; flows: Meter; perOperation: { messages: number; commits: number }; recovery: Meter };
  /** The run over time: verdicts and frozen money per sample, the fault window, the sweeps. */
  timeline: ChaosTimeline;
  stages: { afterFlows: Books; afterRecovery: Books; afterReconcile: Books };
  reconciled: number;
  byStrategy: Record<Strategy, { trades: number; consistent: number; converging: number; stuck: number }>;
  stuckCount: number;
  /** The first of the trades left stuck, each with the case of the note it is; the first few with their whole story. */
  stuck: (StuckTrade & { story?: TradeView })[];
}

/** Trades under way at once: enough to interleave flows, retries and late deliveries. */
const parallelTrades = 8;
/** Sweeps while the faults fire, and again once they stop, before giving up on what is still owed. */
const maxSweeps = 40;
/** Points of the timeline while trades are being made (then one per sweep, and the end). */
const samplesDuringFlows = 120;
const listedStuck = 100;
/** Stuck trades sent with their events: the scratch lab is gone once the run returns. */
const toldStuck = 20;
const listedWitnesses = 20;

/**
 * Thousands of random trades under random faults, in a scratch lab of its own: each trade is
 * created with a strategy, then maybe confirmed, cancelled or deleted, while every chosen fault
 * fires with the given probability — during recovery too. Then recovery sweeps until nothing is
 * owed, the provider reconciles, and the books are counted to the cent after each stage.
 *
 * In the simulated world (virtual time, a simulated network, every draw from the seed) a run is
 * a function of its options alone: the same seed gives the same report. With the real HTTP hop,
 * timing races between calls in flight can make two runs of one seed differ.
 */
export async function chaosRun(options: ChaosOptions, onProgress: (p: ChaosProgress) => void = () => {}): Promise<ChaosRunReport> {
  const started = Date.now();
  const simulated = options.world === 'simulated' ? seededWorld(options.seed) : undefined;
  const scratch = await startScratchLab({
    transport: 'http',
    world: simulated?.world,
    inMemory: simulated !== undefined,
    settings: {
      v1OnUnknown: 'assume-success',
      providerFence: options.providerFence,
      tradeExpiryMs: 0,
      // A simulated timeout costs nothing; over loopback a short one keeps lost requests cheap.
      rpcTimeoutMs: simulated ? 1000 : 100,
      // Sweeps are driven here, one after another: no waiting, and nothing parked along the way.
      backoff: { baseMs: 1, maxMs: 1, maxAttempts: 1000, jitter: 0 },
      // A crashed coordinator comes back soon, as a supervised process would: the run goes on meeting it.
      coordinator: { restartAfterMs: simulated ? 3000 : 300, retryIntervalMs: simulated ? 1000 : 100 },
      faultSeed: options.seed,
      providerLatency: { ms: options.latencyMs ?? 0, jitterMs: options.jitterMs ?? 0 },
    },
  });
  try {
    const run = runOn(scratch.lab, options, onProgress);
    const report = simulated ? await simulated.drive(run) : await run;
    return { ...report, durationMs: Date.now() - started };
  } finally {
    await scratch.close();
  }
}

async function runOn(lab: Lab, options: ChaosOptions, onProgress: (p: ChaosProgress) => void): Promise<Omit<ChaosRunReport, 'durationMs'>> {
  const plan = plannedTrades(options);
  const planned: ChaosRunReport['plan'] = { byStrategy: perStrategy(() => 0), followUps: { confirm: 0, cancel: 0, delete: 0, none: 0 } };
  for (const id of options.faults) lab.faults.set(id, { mode: 'probability', probability: options.probability });

  const answers = { creates: {} as Record<string, number>, followUps: {} as Record<string, number> };
  const tally = (into: Record<string, number>, key: string) => (into[key] = (into[key] ?? 0) + 1);
  const follow = followRun(lab.audit, options.world === 'simulated' ? 'virtual' : 'wall');
  const sampleEvery = Math.max(1, Math.ceil(options.trades / samplesDuringFlows));
  follow.sample();
  const started = lab.meter();
  let done = 0;
  await playTrades(
    lab,
    plan,
    {
      starting(trade) {
        planned.byStrategy[trade.strategy] += 1;
        planned.followUps[trade.then ?? 'none'] += 1;
      },
      created: (_trade, answer) => tally(answers.creates, answerLabel(answer, 'created')),
      followed: (trade, answer) => tally(answers.followUps, `${trade.then} ${answer.ok ? 'ok' : answer.error.code}`),
      done() {
        onProgress({ stage: 'flows', trades: options.trades, done: ++done });
        if (done % sampleEvery === 0) follow.sample();
      },
    },
    parallelTrades,
  );
  await lab.trade.rpc.drained();
  follow.sample();
  const flowsDone = lab.meter();
  const afterFlows = closingBooks(lab.audit, listedWitnesses);

  let afterRecovery: Books | undefined;
  let began = 0;
  const { recovery, reconciled } = await quiesce(lab, {
    // The faults keep firing while recovery works; if they keep it from settling, they stop and it goes on.
    faultsDuringRecovery: true,
    stopFaults() {
      for (const id of options.faults) lab.faults.set(id, { mode: 'off' });
      follow.faultsStopped();
    },
    maxSweeps,
    beforeSweep(tally) {
      onProgress({ stage: 'recovery', trades: options.trades, sweeps: tally.sweeps, retries: tally.attempts });
      began = follow.now();
    },
    afterSweep(sweep) {
      follow.sample();
      if (sweep.attemptedCount > 0) follow.swept(began);
    },
    recovered() {
      afterRecovery = closingBooks(lab.audit, listedWitnesses);
      onProgress({ stage: 'reconcile', trades: options.trades });
    },
  });
  follow.reconciled();
  follow.sample();
  const flows = spentSince(started, flowsDone);
  // Each create, and each follow-up that was sent (a create that made no trade has none).
  const operations = options.trades + Object.values(answers.followUps).reduce((a, b) => a + b, 0);
  const trades = stuckAndCounted(listedStuck);
  const { quadrants, verdicts, invariants } = consistencyReport(lab.audit, { graceMs: 0, limit: listedWitnesses, onTrade: trades.count });

  return {
    options,
    transport: lab.transport,
    plan: planned,
    answers,
    faultsFired: Object.fromEntries(
      lab.faults
        .list()
        .filter((f) => f.fired > 0)
        .map((f) => [f.id, f.fired]),
    ),
    recovery,
    cost: {
      operations,
      flows,
      perOperation: { messages: round2(flows.messages / operations), commits: round2(flows.commits / operations) },
      recovery: spentSince(flowsDone, lab.meter()),
    },
    timeline: follow.timeline,
    stages: { afterFlows, afterRecovery: afterRecovery!, afterReconcile: { quadrants, verdicts, invariants } },
    reconciled: reconciled.cancelled.length,
    byStrategy: trades.byStrategy,
    stuckCount: trades.stuckCount,
    stuck: trades.stuck.map((t, i) => ({ ...describeStuck(t), ...(i < toldStuck ? { story: tradeView(lab.audit, t.id) } : {}) })),
  };
}

/** The opening balances hold 1,000,000.00: plans larger than 10,000 trades use amounts in cents. */
function amountRange(trades: number): { min: number; spread: number } {
  return trades * 9_999 < openingTotalCents ? { min: 5_00, spread: 9_500 } : { min: 5, spread: 95 };
}

/**
 * The plan, drawn from the seed one trade at a time (a million-trade run never holds it whole),
 * so the same seed plans the same trades whatever the timing.
 */
export function* plannedTrades(options: Pick<ChaosOptions, 'trades' | 'strategy' | 'seed'>): Generator<TradePlan> {
  const random = randomStream(options.seed, 'plan');
  // 5.00–99.99 (or 0.05–0.99 for the largest runs): clear of the scenario amounts 1.00–4.00,
  // which force faults of their own, and small enough that the whole plan fits the opening
  // balances: a refusal is then a fault, never an account run dry.
  const amounts = amountRange(options.trades);
  for (let i = 0; i < options.trades; i++) {
    const strategy: Strategy = options.strategy === 'mixed' ? strategies[Math.floor(random() * strategies.length)]! : options.strategy;
    const amountCents = amounts.min + Math.floor(random() * amounts.spread);
    const draw = random();
    const drawn = draw < 0.4 ? 'confirm' : draw < 0.6 ? 'cancel' : draw < 0.8 ? 'delete' : null;
    // A follow-up the strategy does not take (V3 has no cancel) is its nearest one: the trade is deleted.
    const then = drawn && !cardOf(strategy).takes.includes(drawn) ? 'delete' : drawn;
    yield { strategy, amountCents, then };
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;
