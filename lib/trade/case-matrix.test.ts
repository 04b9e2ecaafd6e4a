import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tradeView } from '@/lib/consistency/trade-view';
import type { FaultId } from '@/lib/faults/catalog';
import type { Operation } from '@/lib/pay-order/pay-order.machine';
import { runRecoverySweep } from '@/lib/recovery/sweep';
import type { Strategy } from '@/lib/settings/settings';
import { startTestLab, type TestLab } from '@/lib/testing/test-lab';
import { createTrade } from './create-trade';
import { modifyTrade } from './modify-trade';

/**
 * The seed's case tables, every cell: create / modify (confirm) / delete × V1 / V2 × cases 1–4.
 * Each row: the (caller, provider) pair right after the flow and after one recovery sweep, and
 * the seed's verdict. "—" = no row (a cancelled provider order holds nothing, so it is "—" too).
 */
type Pair = [caller: string, provider: string];
type Verdict = 'ideal' | 'repaired by retry' | 'not repairable';
interface Cell {
  op: 'create' | 'confirm' | 'delete';
  strategy: Strategy;
  case: 1 | 2 | 3 | 4;
  after: Pair;
  retried: Pair;
  verdict: Verdict;
}

const matrix: Cell[] = [
  { op: 'create', strategy: 'v1', case: 1, after: ['created', 'trySuccess'], retried: ['created', 'trySuccess'], verdict: 'ideal' },
  { op: 'create', strategy: 'v1', case: 2, after: ['—', '—'], retried: ['—', '—'], verdict: 'ideal' },
  { op: 'create', strategy: 'v1', case: 3, after: ['created', '—'], retried: ['created', 'trySuccess'], verdict: 'repaired by retry' },
  { op: 'create', strategy: 'v1', case: 4, after: ['—', 'trySuccess'], retried: ['—', 'trySuccess'], verdict: 'not repairable' },
  { op: 'create', strategy: 'v2', case: 1, after: ['trySuccess', 'trySuccess'], retried: ['trySuccess', 'trySuccess'], verdict: 'ideal' },
  { op: 'create', strategy: 'v2', case: 2, after: ['—', '—'], retried: ['—', '—'], verdict: 'ideal' },
  { op: 'create', strategy: 'v2', case: 3, after: ['unknown (owes try)', '—'], retried: ['trySuccess', 'trySuccess'], verdict: 'repaired by retry' },
  { op: 'create', strategy: 'v2', case: 4, after: ['init (owes try)', 'trySuccess'], retried: ['trySuccess', 'trySuccess'], verdict: 'repaired by retry' },
  { op: 'confirm', strategy: 'v1', case: 1, after: ['confirmed', 'confirmed'], retried: ['confirmed', 'confirmed'], verdict: 'ideal' },
  { op: 'confirm', strategy: 'v1', case: 2, after: ['created', 'trySuccess'], retried: ['created', 'trySuccess'], verdict: 'ideal' },
  { op: 'confirm', strategy: 'v1', case: 3, after: ['confirmed', 'trySuccess'], retried: ['confirmed', 'trySuccess'], verdict: 'not repairable' },
  { op: 'confirm', strategy: 'v1', case: 4, after: ['created', 'confirmed'], retried: ['confirmed', 'confirmed'], verdict: 'repaired by retry' },
  { op: 'confirm', strategy: 'v2', case: 1, after: ['confirmed', 'confirmed'], retried: ['confirmed', 'confirmed'], verdict: 'ideal' },
  { op: 'confirm', strategy: 'v2', case: 2, after: ['trySuccess', 'trySuccess'], retried: ['trySuccess', 'trySuccess'], verdict: 'ideal' },
  { op: 'confirm', strategy: 'v2', case: 3, after: ['unknown (owes confirm)', 'trySuccess'], retried: ['confirmed', 'confirmed'], verdict: 'repaired by retry' },
  { op: 'confirm', strategy: 'v2', case: 4, after: ['trySuccess (owes confirm)', 'confirmed'], retried: ['confirmed', 'confirmed'], verdict: 'repaired by retry' },
  { op: 'delete', strategy: 'v1', case: 1, after: ['—', '—'], retried: ['—', '—'], verdict: 'ideal' },
  { op: 'delete', strategy: 'v1', case: 2, after: ['created', 'trySuccess'], retried: ['created', 'trySuccess'], verdict: 'ideal' },
  { op: 'delete', strategy: 'v1', case: 3, after: ['—', 'trySuccess'], retried: ['—', 'trySuccess'], verdict: 'not repairable' },
  { op: 'delete', strategy: 'v1', case: 4, after: ['created', '—'], retried: ['—', '—'], verdict: 'repaired by retry' },
  { op: 'delete', strategy: 'v2', case: 1, after: ['—', '—'], retried: ['—', '—'], verdict: 'ideal' },
  { op: 'delete', strategy: 'v2', case: 2, after: ['trySuccess', 'trySuccess'], retried: ['trySuccess', 'trySuccess'], verdict: 'ideal' },
  { op: 'delete', strategy: 'v2', case: 3, after: ['unknown (owes cancel)', 'trySuccess'], retried: ['—', '—'], verdict: 'repaired by retry' },
  { op: 'delete', strategy: 'v2', case: 4, after: ['trySuccess (owes cancel)', '—'], retried: ['—', '—'], verdict: 'repaired by retry' },
];

/** The design's faults per case: 2 — V1 provider rejects, V2 fails before the RPC; 3 — request lost (V1 assumes success); 4 — local failure after the RPC. */
function faultFor(strategy: Strategy, which: Cell['case']): FaultId | null {
  if (which === 2) return strategy === 'v1' ? 'rpc.provider_rejects' : 'local.fail_before_rpc';
  if (which === 3) return 'rpc.request_lost';
  if (which === 4) return 'local.fail_after_rpc';
  return null;
}

const wireOp: Record<Cell['op'], Operation> = { create: 'try', confirm: 'confirm', delete: 'cancel' };

let t: TestLab;
beforeEach(async () => {
  t = await startTestLab({ transport: 'http', settings: { v1OnUnknown: 'assume-success' } });
});
afterEach(() => t.close());

function pairOf(tradeId: string): Pair {
  const view = tradeView(t.lab, tradeId)!;
  const caller = !view.trade ? '—' : view.strategy === 'v1' ? view.trade.status : `${view.mirror!.state}${view.mirror!.owed ? ` (owes ${view.mirror!.owed})` : ''}`;
  const provider = !view.provider || view.provider.state === 'cancelled' ? '—' : view.provider.state;
  return [caller, provider];
}

const quadrantOf = ([caller, provider]: Pair) => (caller !== '—' ? (provider !== '—' ? 'both' : 'tradeOnly') : provider !== '—' ? 'payOnly' : 'neither');

describe.each(['create', 'confirm', 'delete'] as const)('%s', (op) => {
  it.each(matrix.filter((c) => c.op === op))('$strategy case $case → $after.0, $after.1 → after retry $retried.0, $retried.1 ($verdict)', async (cell) => {
    let tradeId: string;
    if (op === 'create') {
      // The seed's scenario amounts: 1.00–4.00 bring create's cases 1–4 whatever the switches say.
      const result = await createTrade(t.lab.trade, { amount: cell.case * 100, strategy: cell.strategy });
      tradeId = result.ok ? result.value.tradeId : (result.error.details!.tradeId as string);
    } else {
      const created = await createTrade(t.lab.trade, { amount: 10_00, strategy: cell.strategy });
      if (!created.ok) throw new Error(created.error.message);
      tradeId = created.value.tradeId;
      const fault = faultFor(cell.strategy, cell.case);
      if (fault) t.lab.faults.set(fault, { mode: 'once', op: wireOp[op] });
      await modifyTrade(t.lab.trade, tradeId, op);
    }

    const after = pairOf(tradeId);
    expect(after).toEqual(cell.after);
    expect(tradeView(t.lab, tradeId)!.quadrant).toBe(quadrantOf(cell.after));
    expect(tradeView(t.lab, tradeId)!.verdict).toBe(cell.verdict === 'ideal' ? 'consistent' : cell.verdict === 'repaired by retry' ? 'converging' : 'stuck');

    await t.lab.trade.rpc.settled();
    await runRecoverySweep(t.lab.trade, { force: true });
    const retried = pairOf(tradeId);
    expect(retried).toEqual(cell.retried);
    expect(tradeView(t.lab, tradeId)!.quadrant).toBe(quadrantOf(cell.retried));
    expect(tradeView(t.lab, tradeId)!.consistent).toBe(cell.verdict !== 'not repairable');
  });
});
