import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { tradeView } from '@/lib/read-model/trade-view';
import { decide } from '@/lib/pay-order/decide';
import {
  payOrderEventTypes as eventTypes,
  payOrderMachine,
  type PayOrderEvent,
  type PayOrderState,
  type Operation,
} from '@/lib/pay-order/pay-order.machine';
import { openingTotalCents } from '@/lib/pay/accounts';
import { startTestLab, type TestLab } from '@/lib/testing/test-lab';
import { createTrade } from './create-trade';
import { modifyTrade } from './modify-trade';
import { sendOwed } from '@/lib/strategies/v2/send-owed';
import { payOrderIdFor } from './ids';

/**
 * Model-based: paths generated from the machine (xstate/graph) that together take every
 * transition, each driven through the real trade service and provider. After every step the
 * stored mirror must stand where the machine says, and no path may leave money lost or created.
 */
const reachable = getShortestPaths(payOrderMachine, { events: eventTypes.map((type) => ({ type })) as PayOrderEvent[] });

/** One path per transition: the shortest way to its source state, then the transition itself. */
const paths = reachable.flatMap((path) => {
  const from = { state: path.state.value as PayOrderState, owed: path.state.context.owed };
  const prefix = path.steps.slice(1).map((s) => s.event as PayOrderEvent);
  return eventTypes
    .filter((type) => decide(from, { type }).accepted)
    .map((type) => ({ name: [...prefix.map((e) => e.type), type].join(' → '), events: [...prefix, { type } as PayOrderEvent] }));
});

let t: TestLab;
beforeAll(async () => {
  t = await startTestLab({ transport: 'in-process', settings: { rpcTimeoutMs: 10 } });
});
afterAll(() => t.close());

/** What makes each event happen for real. */
async function drive(tradeId: string, event: PayOrderEvent): Promise<void> {
  const payOrderId = payOrderIdFor(tradeId);
  switch (event.type) {
    case 'try.succeeded':
    case 'confirm.succeeded':
    case 'cancel.succeeded':
      await sendOwed(t.lab.trade, payOrderId);
      return;
    case 'try.failed':
    case 'confirm.failed':
      await sendOwed(t.lab.trade, payOrderId, ['rpc.provider_rejects']);
      return;
    case 'call.unknown':
      await sendOwed(t.lab.trade, payOrderId, ['rpc.request_lost']);
      return;
    case 'confirm.requested':
    case 'cancel.requested':
      // The crash right after the intent commit stops the flow there: only the request is recorded.
      t.lab.faults.set('local.crash_after_commit', { mode: 'once' });
      await modifyTrade(t.lab.trade, tradeId, event.type === 'confirm.requested' ? 'confirm' : 'cancel');
  }
}

describe('every transition of the machine, through the real services', () => {
  it('covers each transition of the graph', () => {
    const covered = new Set(paths.map((p) => p.name.split(' → ').slice(-1)[0]));
    expect(covered).toEqual(new Set(eventTypes));
    expect(paths.length).toBe(22);
  });

  it.each(paths)('$name', async ({ events }) => {
    t.lab.faults.set('local.crash_after_commit', { mode: 'once' });
    const created = await createTrade(t.lab.trade, { amount: 7_77, strategy: 'v2' });
    if (!created.ok) throw new Error(created.error.message);
    const { tradeId } = created.value;
    let expected: { state: PayOrderState; owed: Operation | null } = { state: 'init', owed: 'try' };
    for (const event of events) {
      await drive(tradeId, event);
      const decision = decide(expected, event);
      if (!decision.accepted) throw new Error(decision.reason);
      expected = decision.next;
      const { mirror } = tradeView(t.lab, tradeId)!;
      expect({ after: event.type, state: mirror?.state, owed: mirror?.owed }).toEqual({ after: event.type, ...expected });
    }
    expect(tradeView(t.lab, tradeId)!.verdict).not.toBe('stuck');
    const money = t.lab.pay.accounts().reduce((s, a) => s + a.balanceCents + a.frozenCents, 0);
    const confirmed = t.lab.pay
      .payOrdersByTrade()
      .filter((p) => p.state === 'confirmed')
      .reduce((s, p) => s + p.amountCents, 0);
    expect(money + confirmed).toBe(openingTotalCents);
  });
});
