import { describe, expect, it } from 'vitest';
import { eventsForTrade } from '@/lib/trade/event-log';
import { labsClosedAfterEach } from '@/lib/testing/test-lab';
import { createTrade } from '@/lib/trade/create-trade';
import { seededWorld } from '@/lib/sim/seeded-world';

// Virtual time: the stamps below are the engine's own, whatever else the machine is doing.
const simulated = seededWorld(1);
const openLab = labsClosedAfterEach({
  world: simulated.world,
  settings: { strategy: 'v1', v1OnUnknown: 'assume-success', rpcTimeoutMs: 100 },
});

describe('V1: the RPC inside the local transaction', () => {
  it('one transaction at a time; each logs what happened when it happened, even when the log waits behind the next one', async () => {
    const { lab } = await openLab();
    lab.faults.set('rpc.request_lost', { mode: 'always' });
    const [a, b] = await simulated.drive(Promise.all([createTrade(lab.trade, { amount: 7_00 }), createTrade(lab.trade, { amount: 8_00 })]));
    if (!a.ok || !b.ok) throw new Error('both trades are created: V1 assumes the lost try succeeded');

    const timeline = (tradeId: string) => Object.fromEntries(eventsForTrade(lab.tradeDb, tradeId).map((e) => [e.type, e.at]));
    const [first, second] = [timeline(a.value.tradeId), timeline(b.value.tradeId)];
    // The second transaction could only begin when the first ended, and its call waited out a whole timeout.
    expect(second.v1! - first.v1!).toBeGreaterThanOrEqual(100);
    // The first one's decision is stamped when it was made, not when the second let its log through.
    expect(first.v1! - first.rpc!).toBeLessThan(50);
  });
});
