import type { TradeContext } from '@/lib/trade/trade-context';
import { runRecoverySweep } from './sweep';

/** How often the worker looks for due work when nothing is scheduled sooner. */
const idleMs = 250;

/**
 * The recovery worker: sweeps whatever is due, again and again, for as long as the server
 * runs. Deadlines live in the database (nextRetryAt), not in timers, so a restart loses nothing.
 */
export function startRecoveryWorker(ctx: TradeContext): { stop(): Promise<void> } {
  let running = true;
  let cancel: (() => void) | undefined;
  let wake: (() => void) | undefined;

  const loop = (async () => {
    while (running) {
      try {
        await runRecoverySweep(ctx);
      } catch (error) {
        // A failing sweep is a bug to see in the log; the worker keeps going so the lab stays alive.
        console.error('recovery sweep failed:', error);
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        cancel = ctx.clock.after(idleMs, resolve);
      });
    }
  })();

  return {
    async stop() {
      running = false;
      cancel?.();
      wake?.();
      await loop;
    },
  };
}
