import { startWorkerLoop, type Worker } from '@/lib/clock/worker-loop';
import type { TradeContext } from '@/lib/trade/trade-context';
import { runRecoverySweep } from './sweep';

/** How often the worker looks for due work when nothing is scheduled sooner. */
const idleMs = 250;

/** The recovery worker: sweeps whatever is due (nextRetryAt in trade.db), again and again. */
export const startRecoveryWorker = (ctx: TradeContext): Worker =>
  startWorkerLoop(ctx.clock, 'recovery sweep', () => runRecoverySweep(ctx), idleMs);
