import type { Result } from '@/lib/errors/lab-error';
import type { Lab } from '@/lib/lab';
import type { Strategy } from '@/lib/strategies/catalog';
import { createTrade, type CreateTradeOutput } from '@/lib/trade/create-trade';
import { modifyTrade } from '@/lib/trade/modify-trade';
import { lastTradeNumber } from '@/lib/trade/trade-reads';
import { tradeIdOf } from '@/lib/trade/ids';
import type { ModifyOperation } from '@/lib/trade/operations';
import type { TradeCode } from '@/lib/trade/trade.errors';

/** One trade's part of a workload: a create, then maybe one operation on it. */
export interface TradePlan {
  strategy: Strategy;
  amountCents: number;
  /** The operation after the create, if any. */
  then: ModifyOperation | null;
  /**
   * `after`: once the create has answered (and only if it made a trade). `while the try is on
   * the wire`: half the caller's timeout into the create, so a late try can meet it.
   */
  when?: 'after' | 'while the try is on the wire';
}

/** What a workload tells its run as it goes, each synchronously, where the run keeps its own account. */
export interface WorkloadHooks {
  /** Before its create is sent. */
  starting?(plan: TradePlan): void;
  created?(plan: TradePlan, answer: Result<CreateTradeOutput, TradeCode>): void;
  /** Just before the follow-up is sent; `tradeId` is the plan's trade (the create's answer names it). */
  following?(plan: TradePlan, tradeId: string): void;
  followed?(plan: TradePlan, answer: Result<{ tradeId: string }, TradeCode>): void;
  /** The trade's part is over. */
  done?(plan: TradePlan): void;
}

/**
 * A workload on the lab's own engine: each planned trade created, then maybe followed up, by
 * `parallel` workers drawing from one plan (so trades overlap as a busy caller's would). The
 * matrix, chaos and the explorer all play theirs through here.
 */
export async function playTrades(lab: Lab, plan: Iterator<TradePlan>, hooks: WorkloadHooks = {}, parallel = 1): Promise<void> {
  // Each trade's steps are awaited in the worker itself: a simulation orders same-instant steps
  // by the awaits between them, and a recorded seed replays only while they stay as they are.
  const worker = async () => {
    for (let item = plan.next(); !item.done; item = plan.next()) {
      const trade = item.value;
      hooks.starting?.(trade);
      const concurrent = trade.then && trade.when === 'while the try is on the wire' ? followMidway(lab, trade, hooks) : null;
      const created = await createTrade(lab.trade, { amount: trade.amountCents, strategy: trade.strategy });
      hooks.created?.(trade, created);
      if (concurrent) await concurrent;
      else if (created.ok && trade.then) {
        hooks.following?.(trade, created.value.tradeId);
        hooks.followed?.(trade, await modifyTrade(lab.trade, created.value.tradeId, trade.then));
      }
      hooks.done?.(trade);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

/** The follow-up sent half the caller's timeout into the create, to the trade its request took. */
function followMidway(lab: Lab, trade: TradePlan, hooks: WorkloadHooks): Promise<void> {
  const follow = async () => {
    const tradeId = tradeIdOf({ id: lastTradeNumber(lab.tradeDb) });
    hooks.following?.(trade, tradeId);
    hooks.followed?.(trade, await modifyTrade(lab.trade, tradeId, trade.then!));
  };
  return new Promise((resolve) => lab.clock.after(lab.getSettings().rpcTimeoutMs / 2, () => resolve(follow())));
}
