import { readAudit } from '@/lib/consistency/audit';
import { splitGlobals } from '@/lib/consistency/atomicity';
import type { Verdict } from '@/lib/consistency/quadrant';
import { checkInvariants } from '@/lib/consistency/invariants';
import type { Result } from '@/lib/errors/lab-error';
import { answerLabel } from '@/lib/http/status';
import type { Lab } from '@/lib/lab';
import type { CaseCell, Pair } from '@/lib/note/case-cell';
import { caseMatrix, pairOf } from '@/lib/note/case-matrix';
import { resetPayDb } from '@/lib/pay/accounts';
import { findPayOrder } from '@/lib/pay/pay-context';
import { frozenChange } from '@/lib/pay/pay-events';
import { tradeView, type TradeView } from '@/lib/read-model/trade-view';
import { cardOf, type Strategy } from '@/lib/strategies/catalog';
import { commit } from '@/lib/trade/commit';
import { quiesce } from '@/lib/driver/quiescence';
import { playTrades } from '@/lib/driver/workload';
import type { TradeOperation } from '@/lib/trade/operations';
import { findTrade } from '@/lib/trade/trade-rows';
import type { TradeCode } from '@/lib/trade/trade.errors';
import { payOrderIdFor } from '@/lib/trade/ids';
import { wipeTradeDb } from '@/lib/trade/reset';
import { logged, wipeTcDb } from '@/lib/coordinator/tc-log';
import type { Choice } from './chooser';
import type { ExplorerKit } from './explorer-kit';
import type { ExplorerWorld } from './explorer-world';
import type { Anomaly, Observation, ScheduleConfig, ScheduleOutcome, StepOutcome } from './schedule-outcome';
import { inDoubtWindow } from './in-doubt';
import { stateOf } from './state';
import { spentSince } from '@/lib/meter';

const amount = 10_00;
const tradeId = 't-1';
const maxSweeps = 20;

/** The lab settings every schedule runs with: the note's (V1 assumes success), trades deletable at once, no waiting between retries. */
export function scheduleSettings(config: Pick<ScheduleConfig, 'strategy' | 'fence'>) {
  return {
    strategy: config.strategy,
    providerFence: config.fence,
    v1OnUnknown: 'assume-success' as const,
    tradeExpiryMs: 0,
    rpcTimeoutMs: 1000,
    backoff: { baseMs: 1, maxMs: 1, maxAttempts: 1000, jitter: 0 },
  };
}

/**
 * Plays one schedule on the lab's own engine, in the explorer's world: the starting sequence
 * with the schedule's faults and orderings, then quiescence — faults stop, recovery runs until
 * nothing is owed, the provider reconciles — observing both sides along the way.
 */
export async function runSchedule(
  lab: Lab,
  world: ExplorerWorld,
  kit: ExplorerKit,
  config: ScheduleConfig,
  decisions: readonly number[],
  visit: (choice: Omit<Choice, 'taken'>, index: number, state: () => string) => void = () => {},
): Promise<ScheduleOutcome> {
  const strategy = kit.hooks(config.strategy);
  await commit(lab.trade, wipeTradeDb);
  resetPayDb(lab.payDb);
  // A coordinator a crash left down in the last schedule is up again, its log empty, xids from x-1.
  if (!lab.tc.isUp()) await lab.tc.restart();
  logged(lab.tcDb, () => wipeTcDb(lab.tcDb));
  lab.updateSettings(scheduleSettings(config));

  let payOnlySeen = false;
  const inDoubt = inDoubtWindow(lab, config.strategy, tradeId);
  // Asked after every delivery: only the rows it needs.
  const afterDelivery = () => {
    inDoubt.observe();
    if (!strategy.watchesPayOnly || payOnlySeen) return;
    const order = findPayOrder(lab.payDb, payOrderIdFor(tradeId));
    payOnlySeen = !findTrade(lab.tradeDb, tradeId) && order !== undefined && order.state !== 'cancelled';
  };
  const { chooser, drive } = world.begin(decisions, config.depth, afterDelivery);
  let step = 0;
  chooser.onChoice((choice, index) =>
    visit(choice, index, () => `${step}|${choice.label}|${config.depth - chooser.faultsFired}|${stateOf(lab, world)}`),
  );

  const play = async () => {
    const steps: StepOutcome[] = [];
    const record = (op: TradeOperation, answer: Result<unknown, TradeCode>, before: Pair | null) => {
      const { pair, verdict } = sidesNow(lab);
      // A case of the note is what the flow left once its call is decided, from the state the
      // note's table starts in: an operation refused before it ran, one with a message still on
      // the wire (a late delivery, a call it overlaps), or one on a trade the table does not
      // start from (an earlier case left it otherwise) is none of them.
      const decided = (op === 'create' || answer.ok) && world.onTheWire().length === 0;
      steps.push({
        op,
        answer: answerLabel(answer, op === 'create' ? 'created' : 'ok'),
        pair,
        verdict,
        cell: decided ? cellOf(config.strategy, op, before, pair) : null,
      });
      afterDelivery();
    };
    let before: Pair | null = null;
    await playTrades(lab, [{ strategy: config.strategy, amountCents: amount, ...kit.sequences[config.sequence] }].values(), {
      created: (_trade, answer) => record('create', answer, null),
      following() {
        step = 1;
        before = world.onTheWire().length === 0 ? sidesNow(lab).pair : null;
      },
      followed: (trade, answer) => record(trade.then!, answer, before),
    });

    let afterRecovery: Observation | undefined;
    await quiesce(lab, {
      stopFaults() {
        chooser.quiet = true;
        step = 2;
      },
      maxSweeps,
      recovered: () => (afterRecovery = observe(lab)),
    });
    return { steps, afterRecovery: afterRecovery!, afterReconcile: observe(lab) };
  };

  const before = lab.meter();
  const played = await drive(play());
  const cost = spentSince(before, lab.meter());
  return {
    config,
    decisions: chooser.choices.map((c) => c.taken),
    choices: chooser.choices,
    faults: chooser.faultsFired,
    ...played,
    payOnlySeen,
    inDoubt: inDoubt.longest(),
    cost,
    splitBranches: splitGlobals(lab.audit),
    guessed: strategy.guessIn?.(tradeView(lab.audit, tradeId)) ?? null,
    mergedAt: null,
  };
}

/** The schedule's trade with both services' events: its story, for a counterexample. */
export const storyOf = (lab: Lab): TradeView | undefined => tradeView(lab.audit, tradeId);

function sidesNow(lab: Lab): { pair: Pair; verdict: Verdict } {
  const view = tradeView(lab.audit, tradeId);
  return view ? { pair: pairOf(view), verdict: view.verdict } : { pair: ['—', '—'], verdict: 'consistent' };
}

const samePair = (a: Pair, b: Pair) => a[0] === b[0] && a[1] === b[1];

/**
 * The cell of the note's tables whose outcome this is: a create from nothing, a modify or
 * delete from the table's start — case 1 of the create row (V2's cancel has no table).
 */
function cellOf(strategy: Strategy, op: TradeOperation, before: Pair | null, pair: Pair): CaseCell<Strategy> | null {
  const tableOp = cardOf(strategy).tableOperationFor(op);
  const start = caseMatrix.find((c) => c.strategy === strategy && c.op === 'create' && c.case === 1)!.after;
  if (tableOp !== 'create' && (!before || !samePair(before, start))) return null;
  return caseMatrix.find((c) => c.strategy === strategy && c.op === tableOp && samePair(c.after, pair)) ?? null;
}

function observe(lab: Lab): Observation {
  const view = tradeView(lab.audit, tradeId);
  const audit = readAudit(lab.audit);
  const invariants = checkInvariants(audit, { graceMs: 0 });
  const entry = audit.ledger.get(payOrderIdFor(tradeId));
  const anomalies: Anomaly[] = [];
  if (entry && (entry.reservations > 1 || entry.charges > 1)) anomalies.push('reserved or charged twice');
  if (releasedUnreserved(view)) anomalies.push('released what was never reserved');
  if (invariants.some((i) => i.id === 'noHangingReservation' && !i.ok)) anomalies.push('a reservation left hanging');
  return {
    pair: view ? pairOf(view) : ['—', '—'],
    quadrant: view?.quadrant ?? 'neither',
    verdict: view?.verdict ?? 'consistent',
    broken: invariants.filter((i) => !i.ok).map((i) => i.id),
    anomalies,
  };
}

/** At some point the provider released or charged more than it held for the pay order: money from nowhere. */
function releasedUnreserved(view: TradeView | undefined): boolean {
  let held = 0;
  for (const e of view?.events ?? []) {
    if (e.source !== 'pay') continue;
    held += frozenChange(e);
    if (held < 0) return true;
  }
  return false;
}
