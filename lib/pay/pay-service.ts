import type { PayDb } from '@/db/pay/client';
import { openAccounts } from './accounts';
import { runBranch } from './branch';
import { cancelPayment } from './cancel';
import { confirmPayment } from './confirm';
import type { PayContext } from './pay-context';
import { listAccounts, payOrdersByTrade, queryPayOrder } from './query';
import { reconcile } from './reconcile';
import { tryPayment } from './try';

/** The provider (pay service): TCC over its own database, pay.db, and nothing else. */
export function createPayService(db: PayDb, options: { fenceOn: () => boolean; now: () => number }) {
  openAccounts(db);
  const ctx: PayContext = { db, fenceOn: options.fenceOn, now: options.now };
  return {
    db,
    try: tryPayment.bind(null, ctx),
    confirm: confirmPayment.bind(null, ctx),
    cancel: cancelPayment.bind(null, ctx),
    /** A phase of a global transaction's pay branch (V3), behind the per-branch fence. */
    branch: runBranch.bind(null, ctx),
    query: queryPayOrder.bind(null, db),
    accounts: listAccounts.bind(null, db),
    payOrdersByTrade: payOrdersByTrade.bind(null, db),
    reconcile: reconcile.bind(null, ctx),
  };
}

export type PayService = ReturnType<typeof createPayService>;
