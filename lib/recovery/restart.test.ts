import { callFor } from '@/lib/trade/operations';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tradeView } from '@/lib/read-model/trade-view';
import type { FaultId } from '@/lib/faults/catalog';
import { startTestLab } from '@/lib/testing/test-lab';
import type { Strategy } from '@/lib/strategies/catalog';
import { createTrade } from '@/lib/trade/create-trade';
import { modifyTrade } from '@/lib/trade/modify-trade';
import { findRequest, insertRequest } from '@/lib/trade/request-log';
import { payOrderIdFor, tradeIdOf } from '@/lib/trade/ids';
import { runRecoverySweep } from './sweep';

/**
 * A flow stopped at each fault point, the process gone, fresh connections on the same files:
 * recovery must finish the work from the databases alone.
 */
const faultPoints: FaultId[] = [
  'local.crash_after_commit',
  'rpc.request_lost',
  'rpc.response_lost',
  'local.fail_after_rpc',
  'rpc.slow_provider',
];
const ops = ['create', 'confirm', 'delete'] as const;

const cases = [
  ...ops.flatMap((op) => faultPoints.map((fault) => ({ strategy: 'v2' as Strategy, op, fault }))),
  // V1 keeps nothing owed; its re-drive state is the lab's request log, which survives too.
  { strategy: 'v1' as Strategy, op: 'create' as const, fault: 'rpc.request_lost' as FaultId },
  { strategy: 'v1' as Strategy, op: 'confirm' as const, fault: 'local.fail_after_rpc' as FaultId },
  { strategy: 'v1' as Strategy, op: 'delete' as const, fault: 'local.fail_after_rpc' as FaultId },
];

describe('recovery after a restart', () => {
  it.each(cases)('$strategy $op stopped by $fault', async ({ strategy, op, fault }) => {
    const first = await startTestLab({ settings: { v1OnUnknown: 'assume-success' } });
    const { dataDir } = first;
    if (op === 'create') first.lab.faults.set(fault, { mode: 'once', op: 'try' });
    const created = await createTrade(first.lab.trade, { amount: 12_00, strategy });
    if (!created.ok) throw new Error(created.error.message);
    const tradeId = created.value.tradeId;
    if (op !== 'create') {
      first.lab.faults.set(fault, { mode: 'once', op: callFor[op] });
      const done = await modifyTrade(first.lab.trade, tradeId, op);
      expect(done.ok).toBe(true);
    }
    expect(tradeView(first.lab, tradeId)!.verdict).toBe('converging');
    await first.close({ keepData: true });

    const second = await startTestLab({ dataDir });
    try {
      await runRecoverySweep(second.lab.trade, { force: true });
      const view = tradeView(second.lab, tradeId)!;
      expect({ verdict: view.verdict, owed: view.mirror?.owed ?? null }).toEqual({ verdict: 'consistent', owed: null });
      const expected = { create: 'both', confirm: 'both', delete: 'neither' }[op];
      expect(view.quadrant).toBe(expected);
    } finally {
      await second.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('a V1 transaction cut off by a crash', () => {
  it('is no longer taken for a running flow after the restart, so reconciliation can release its orphan', async () => {
    const first = await startTestLab({ transport: 'in-process' });
    const { dataDir } = first;
    // What a crash mid-V1 leaves: the request logged without an answer, the provider's reservation, no trade row.
    const request = insertRequest(first.lab.tradeDb, { idempotencyKey: null, amountCents: 700, strategy: 'v1', requestedAt: Date.now() });
    const tradeId = tradeIdOf(request);
    first.lab.pay.try({ payOrderId: payOrderIdFor(tradeId), tradeId, amountCents: 700 });
    expect((await first.lab.reconcile({ graceMs: 0 })).cancelled).toEqual([]);
    await first.close({ keepData: true });

    const second = await startTestLab({ transport: 'in-process', dataDir });
    try {
      expect(findRequest(second.lab.tradeDb, tradeId)?.answer).toBe('interrupted');
      expect((await second.lab.reconcile({ graceMs: 0 })).cancelled.map((c) => c.tradeId)).toEqual([tradeId]);
      expect(tradeView(second.lab, tradeId)).toMatchObject({ answerStatus: 0, quadrant: 'neither', consistent: true });
    } finally {
      await second.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
