import { ok } from '@/lib/errors/lab-error';
import { commit } from '@/lib/trade/commit';
import { findMirrorByTrade, owedMirrorIds, updateMirror } from '@/lib/trade/mirror-store';
import type { TradeDb } from '@/db/trade/client';
import { payOrderIdFor, tradeIdOf } from '@/lib/trade/ids';
import type { RequestRow } from '@/lib/trade/rows';
import { nothingOwed, onTheWire, retriesStopped } from '../refusals';
import type { RecoveryAction, Refusal, StrategyPort } from '../strategy';
import { createV2 } from './create-v2';
import { modifyV2, planModifyV2 } from './modify-v2';
import { sendOwed } from './send-owed';
import { v2Card } from './v2.card';
import { v2Claims } from './v2.claims';
import { guessOf } from './definite-only';
import type { V2StuckReason } from './v2.stuck';

/**
 * V2 — the RPC outside the local transaction: the intent commits first, on the caller's
 * mirror of the payment; then the call; then the definite result in a second transaction.
 * Whatever the mirror still owes, recovery sends again with the same key.
 */
export const v2Strategy: StrategyPort<V2StuckReason> = {
  card: v2Card,
  create: createV2,
  // An async step of its own: a simulation orders same-instant steps by the flows' awaits, and a
  // recorded seed replays only while they stay as they were.
  modify: async (ctx, trade, op) => modifyV2(ctx, trade, op),
  refusal(db, trade, op) {
    const planned = planModifyV2(db, trade, op);
    return planned.ok ? null : planned;
  },
  recovery: {
    sending: 'side by side',
    due: (ctx, force) => owedMirrorIds(ctx.db, ctx.clock.now(), force).map((id) => ({ id, send: () => sendOwed(ctx, id) })),
    async retryNow(ctx, request) {
      const tradeId = tradeIdOf(request);
      const refused = recoveryRefusal(ctx.db, request, 'retry');
      if (refused) return refused;
      const payOrderId = payOrderIdFor(tradeId);
      await commit(ctx, (db) => updateMirror(db, payOrderId, { parked: false, nextRetryAt: null }));
      return (await sendOwed(ctx, payOrderId)).kind === 'busy' ? onTheWire(tradeId) : ok({ tradeId });
    },
    async stopRetrying(ctx, request) {
      const tradeId = tradeIdOf(request);
      const refused = recoveryRefusal(ctx.db, request, 'stop-retrying');
      if (refused) return refused;
      await commit(ctx, (db) => updateMirror(db, payOrderIdFor(tradeId), { parked: true, nextRetryAt: null }));
      return ok({ tradeId });
    },
    refusal: recoveryRefusal,
  },
  stuck: { reasonOf: () => null, otherwise: 'v2WithoutFence' },
  // The note's main argument for V2 is watched at every delivery; its mirror's every move is read for a guess.
  explorer: { claims: v2Claims, watchesPayOnly: true, guessIn: guessOf },
};

/** The mirror says what is owed; a parked one is retried only by hand. */
function recoveryRefusal(db: TradeDb, request: RequestRow, action: RecoveryAction): Refusal | null {
  const tradeId = tradeIdOf(request);
  const mirror = findMirrorByTrade(db, tradeId);
  if (!mirror?.owed) return nothingOwed(tradeId);
  return action === 'stop-retrying' && mirror.parked ? retriesStopped(tradeId) : null;
}
