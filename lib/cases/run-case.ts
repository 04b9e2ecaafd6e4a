import type { Quadrant, Verdict } from '@/lib/consistency/quadrant';
import { tradeView } from '@/lib/read-model/trade-view';
import type { Lab } from '@/lib/lab';
import { spentSince, type Meter } from '@/lib/meter';
import { retryNow } from '@/lib/recovery/manual';
import { playTrades, type TradePlan } from '@/lib/driver/workload';
import { settleCoordinator } from '@/lib/driver/quiescence';
import { caseFault } from '@/lib/note/case-faults';
import type { CaseCell, NoteVerdict, Pair } from '@/lib/note/case-cell';
import { pairOf, quadrantOfPair } from '@/lib/note/case-matrix';
import type { Strategy } from '@/lib/strategies/catalog';
import { callFor } from '@/lib/trade/operations';

export interface CaseSnapshot {
  pair: Pair;
  quadrant: Quadrant;
  verdict: Verdict;
}

export interface CaseObservation {
  tradeId: string;
  after: CaseSnapshot;
  retried: CaseSnapshot;
  /** Where the observation departs from the note's table; empty when the cell holds. */
  mismatches: string[];
  /** What the cell's operation cost: messages on the wire and local commits in every database, until its answer. */
  cost: Meter;
}

/** The lab's verdict that matches each of the note's, right after the flow. */
const expectedVerdict: Record<NoteVerdict, Verdict> = { ideal: 'consistent', 'repaired by retry': 'converging', 'not repairable': 'stuck' };

/**
 * Produces one cell of the case matrix on a lab, for real: a trade is created (a modify or
 * delete cell first creates it without faults), the case's fault fires once on the cell's
 * operation, both sides are read back; then the note's "retry" — re-send what is owed, or
 * re-drive V1's last operation — and both sides again. The lab must have no other traffic,
 * its toggles off, V1 assuming success on an unknown result and trades deletable at once.
 */
export async function runCase(lab: Lab, cell: CaseCell<Strategy>): Promise<CaseObservation> {
  const { tradeId, cost } = await produce(lab, cell);
  const after = snapshot(lab, tradeId);
  await lab.trade.rpc.drained();
  await retryNow(lab.trade, tradeId); // refused when nothing is owed: then the retry has nothing to do
  await lab.trade.rpc.drained();
  // A coordinator retries phase 2 itself (V3): the second column is after it.
  await settleCoordinator(lab, 10);
  const retried = snapshot(lab, tradeId);
  return { tradeId, after, retried, mismatches: mismatches(cell, after, retried), cost };
}

/** The cell's workload: a create at the case's scenario amount, or a create then the cell's operation with the case's fault once. */
async function produce(lab: Lab, cell: CaseCell<Strategy>): Promise<{ tradeId: string; cost: Meter }> {
  let tradeId = '';
  let before = lab.meter();
  let cost: Meter | undefined;
  const fault = cell.op === 'create' ? null : caseFault(cell.strategy, cell.case);
  const plan: TradePlan =
    cell.op === 'create'
      ? // The note's scenario amounts: 1.00–4.00 bring create's cases 1–4 whatever the switches say.
        { strategy: cell.strategy, amountCents: cell.case * 100, then: null }
      : { strategy: cell.strategy, amountCents: 10_00, then: cell.op };
  await playTrades(lab, [plan].values(), {
    created(_plan, answer) {
      if (!answer.ok && cell.op !== 'create')
        throw new Error(`creating the trade for ${cell.op} case ${cell.case} failed: ${answer.error.message}`);
      tradeId = answer.ok ? answer.value.tradeId : String(answer.error.details?.tradeId);
      if (cell.op === 'create') cost = spentSince(before, lab.meter());
    },
    following: () => {
      before = lab.meter();
      if (fault) lab.faults.set(fault, { mode: 'once', op: callFor[cell.op] });
    },
    followed: () => {
      cost = spentSince(before, lab.meter());
      if (fault) lab.faults.set(fault, { mode: 'off' });
    },
  });
  return { tradeId, cost: cost! };
}

function snapshot(lab: Lab, tradeId: string): CaseSnapshot {
  const view = tradeView(lab.audit, tradeId);
  if (!view) throw new Error(`trade ${tradeId} has no request row`);
  return { pair: pairOf(view), quadrant: view.quadrant, verdict: view.verdict };
}

function mismatches(cell: CaseCell<Strategy>, after: CaseSnapshot, retried: CaseSnapshot): string[] {
  const found: string[] = [];
  const samePair = (a: Pair, b: Pair) => a[0] === b[0] && a[1] === b[1];
  if (!samePair(after.pair, cell.after)) found.push(`after the flow: expected ${cell.after.join(', ')}, got ${after.pair.join(', ')}`);
  if (after.quadrant !== quadrantOfPair(cell.after))
    found.push(`after the flow: expected quadrant ${quadrantOfPair(cell.after)}, got ${after.quadrant}`);
  if (after.verdict !== expectedVerdict[cell.verdict])
    found.push(`after the flow: expected ${expectedVerdict[cell.verdict]} (${cell.verdict}), got ${after.verdict}`);
  if (!samePair(retried.pair, cell.retried)) found.push(`after retry: expected ${cell.retried.join(', ')}, got ${retried.pair.join(', ')}`);
  if (retried.quadrant !== quadrantOfPair(cell.retried))
    found.push(`after retry: expected quadrant ${quadrantOfPair(cell.retried)}, got ${retried.quadrant}`);
  const shouldHold = cell.verdict !== 'not repairable';
  if ((retried.verdict === 'consistent') !== shouldHold)
    found.push(`after retry: expected ${shouldHold ? 'consistent' : 'still inconsistent'}, got ${retried.verdict}`);
  return found;
}
