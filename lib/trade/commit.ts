import { inTransaction } from '@/db/prepared';
import type { TradeDb } from '@/db/trade/client';
import type { TradeContext } from './trade-context';

/**
 * One unit of work on trade.db: through the write gate (so it waits its turn behind a V1
 * transaction held open across a call), in one transaction, then the live stream is woken.
 */
export async function commit<T>(ctx: Pick<TradeContext, 'db' | 'gate' | 'notify'>, work: (db: TradeDb) => T): Promise<T> {
  const result = await ctx.gate.write(() => inTransaction(ctx.db, () => work(ctx.db)));
  ctx.notify();
  return result;
}
