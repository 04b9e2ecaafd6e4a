import type { TradeSides } from '@/lib/consistency/quadrant';
import type { Lab } from '@/lib/lab';
import { findPayOrder } from '@/lib/pay/pay-context';
import { cardOf, type Strategy } from '@/lib/strategies/catalog';
import { payOrderIdFor } from '@/lib/trade/ids';
import { findMirrorByTrade } from '@/lib/trade/mirror-store';
import { findTrade } from '@/lib/trade/trade-rows';
import type { InDoubt } from './schedule-outcome';

/**
 * The in-doubt window: watched after every delivery, the longest run during which the two
 * sides of the trade did not match as its strategy reads them — counted in deliveries and in
 * virtual milliseconds. A coordinator makes them agree eventually, not at every instant; so
 * does a retry. Read from the rows alone, as cheaply as a delivery allows.
 */
export function inDoubtWindow(lab: Lab, strategy: Strategy, tradeId: string) {
  const judge = cardOf(strategy).judge;
  let run: { from: number; steps: number } | null = null;
  let longest: InDoubt = { steps: 0, ms: 0 };
  const matchesNow = () => {
    const trade = findTrade(lab.tradeDb, tradeId);
    const mirror = findMirrorByTrade(lab.tradeDb, tradeId);
    const provider = findPayOrder(lab.payDb, payOrderIdFor(tradeId));
    const sides: TradeSides = {
      trade: trade ? { status: trade.status, strategy: trade.strategy, pending: trade.pending } : null,
      mirror: mirror ? { state: mirror.state, owed: mirror.owed, parked: mirror.parked } : null,
      provider: provider ? { state: provider.state } : null,
    };
    return trade ? judge.matches(sides) : !provider || provider.state === 'cancelled';
  };
  return {
    observe() {
      const now = lab.clock.now();
      if (matchesNow()) {
        run = null;
        return;
      }
      run = run ? { ...run, steps: run.steps + 1 } : { from: now, steps: 1 };
      longest = { steps: Math.max(longest.steps, run.steps), ms: Math.max(longest.ms, now - run.from) };
    },
    longest: () => longest,
  };
}
