import type { TcDb } from '@/db/tc/client';
import { globalTransactions } from '@/lib/global-tx/decide';
import { globalTransactionStatuses } from '@/lib/global-tx/global-transaction.machine';
import { globalsIn } from './tc-log';

/** A global transaction still open in the coordinator's log: it owes the trade a decision or phase 2, or waits for a person. */
export interface OpenGlobal {
  open: true;
  parked: boolean;
}

/** Every status but the final ones: the transaction is not over. */
const openStatuses = globalTransactionStatuses.filter((status) => globalTransactions.restore(status).status !== 'done');

/**
 * What an auditor reads of the coordinator's log: per trade, whether a global transaction of it
 * has not yet ended — and whether one waits for a person (a trade may have two open: a create
 * still confirming its pay branch, and the confirm that followed it).
 */
export function openGlobalsByTrade(db: TcDb): Map<string, OpenGlobal> {
  const byTrade = new Map<string, OpenGlobal>();
  for (const g of globalsIn(db, openStatuses)) {
    const parked = globalTransactions.restore(g.status).hasTag('parked');
    byTrade.set(g.tradeId, { open: true, parked: parked || (byTrade.get(g.tradeId)?.parked ?? false) });
  }
  return byTrade;
}
