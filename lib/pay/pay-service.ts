import type { PayDb } from '@/db/pay/client';
import { cancelPayment } from './cancel';
import { confirmPayment } from './confirm';
import type { PayContext } from './pay-context';
import { listAccounts, payOrdersByTrade, queryPayOrder } from './query';
import { seedPayDb } from './seed';
import { tryPayment } from './try';

/** The provider (pay service): TCC over its own database, pay.db, and nothing else. */
export function createPayService(db: PayDb, options: { fenceOn: () => boolean; now?: () => number }) {
  seedPayDb(db);
  const ctx: PayContext = { db, fenceOn: options.fenceOn, now: options.now ?? Date.now };
  return {
    db,
    try: tryPayment.bind(null, ctx),
    confirm: confirmPayment.bind(null, ctx),
    cancel: cancelPayment.bind(null, ctx),
    query: queryPayOrder.bind(null, ctx),
    accounts: listAccounts.bind(null, ctx),
    payOrdersByTrade: payOrdersByTrade.bind(null, ctx),
  };
}

export type PayService = ReturnType<typeof createPayService>;
