import { fail } from '@/lib/errors/lab-error';
import { tradeIdOf } from '@/lib/trade/ids';
import type { RequestRow } from '@/lib/trade/rows';
import type { StrategyPort } from '../strategy';
import { createV3, modifyV3, refusalV3 } from './modify-v3';
import { v3Card } from './v3.card';
import { v3Claims } from './v3.claims';
import type { V3StuckReason } from './v3.stuck';

/** Retries are the coordinator's job, not the caller's: the trade service owes nothing to send again. */
const theCoordinators = (request: RequestRow) =>
  fail('illegal_transition', `trade ${tradeIdOf(request)} owes nothing: the coordinator retries phase 2 from its own log`);

/**
 * V3 — a coordinator (the note's "distributed transaction"): each operation is a global
 * transaction over the trade service's branch and the pay service's, after Seata's TCC mode.
 * The trade service is the TM; the coordinator decides nothing itself but carries out, and
 * retries, what the TM decided — or rolls back what it never heard decided.
 */
export const v3Strategy: StrategyPort<V3StuckReason> = {
  card: v3Card,
  create: (ctx, request, scenario) => () => createV3(ctx, request, scenario),
  modify: modifyV3,
  refusal: (_db, trade, op) => refusalV3(trade, op),
  recovery: {
    sending: 'side by side',
    due: () => [],
    retryNow: async (_ctx, request) => theCoordinators(request),
    stopRetrying: async (_ctx, request) => theCoordinators(request),
    refusal: (_db, request) => theCoordinators(request),
  },
  stuck: { reasonOf: () => null, otherwise: 'v3Unsettled' },
  explorer: { claims: v3Claims, watchesPayOnly: false },
};
