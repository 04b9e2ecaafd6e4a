import type { Lab } from '@/lib/lab';
import { fenceOf, listAccounts, listPayOrders } from '@/lib/pay/query';
import { readTradeSide } from '@/lib/trade/trade-reads';
import { payOrderIdFor, tradeIdOf } from '@/lib/trade/trade-store';
import type { ExplorerWorld } from './explorer-world';

/**
 * The state a schedule is in, as a model checker compares states: both databases without
 * their clocks and logs (what the engine decides from), and the messages on the wire. Two
 * schedules that meet in one state at one choice point go on the same way from there.
 */
export function stateOf(lab: Lab, world: ExplorerWorld): string {
  const { requests, trades, mirrors } = readTradeSide(lab.tradeDb);
  const payOrders = listPayOrders(lab.payDb);
  return JSON.stringify([
    requests.map((r) => [r.strategy, r.lastOp, r.answerStatus, r.answerCode, r.redrive, r.redriveAttempts]),
    trades.map((t) => [t.id, t.status]),
    mirrors.map((m) => [m.id, m.state, m.owed, m.attempts, m.parked]),
    payOrders.map((p) => [p.id, p.state, p.reservations]),
    // The fence remembers pay orders the provider has removed (or never held): read it by the caller's ids.
    requests.map((r) => fenceOf(lab.payDb, payOrderIdFor(tradeIdOf(r))).map((f) => [f.op, f.outcome])),
    listAccounts(lab.payDb).map((a) => [a.balanceCents, a.frozenCents]),
    world.onTheWire(),
  ]);
}
