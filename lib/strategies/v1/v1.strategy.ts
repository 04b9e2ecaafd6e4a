import { ok } from '@/lib/errors/lab-error';
import { commit } from '@/lib/trade/commit';
import { owedRedrives } from '@/lib/strategies/v1/redrive-queue';
import { tradeIdOf } from '@/lib/trade/ids';
import { updateRequest } from '@/lib/trade/request-log';
import type { StrategyPort } from '../strategy';
import { nothingOwed, onTheWire } from '../refusals';
import { redriveV1 } from './redrive';
import { v1Card, v1OperationFor } from './v1.card';
import { v1Claims } from './v1.claims';
import { whyV1 } from './v1.findings';
import { v1StuckReason, type V1StuckReason } from './v1.stuck';
import { createV1, runV1 } from './v1-flows';

/**
 * V1 — the RPC inside the local transaction. It keeps no mirror and no record of owed work;
 * the lab's re-drive repeats the trade's last operation from the local row instead. A stuck
 * trade it cannot tell a case of is `notACase`, in chaos's words.
 */
export const v1Strategy: StrategyPort<V1StuckReason | 'notACase'> = {
  card: v1Card,
  create: (ctx, request, scenario) => () =>
    createV1(
      ctx,
      { tradeId: tradeIdOf(request), amountCents: request.amountCents },
      { forced: scenario.forced, onUnknown: scenario.v1OnUnknown },
    ),
  async modify(ctx, trade, op) {
    await runV1(ctx, { tradeId: trade.id, amountCents: trade.amountCents }, v1OperationFor(op));
    return ok({ tradeId: trade.id });
  },
  // V1 asks nothing more of a created trade: its transaction decides.
  refusal: () => null,
  recovery: {
    // Each re-drive holds trade.db's write lock across its call: they run one at a time anyway.
    sending: 'one at a time',
    due: (ctx, force) =>
      owedRedrives(ctx.db, ctx.clock.now(), force).map((request) => ({ id: tradeIdOf(request), send: () => redriveV1(ctx, request) })),
    async retryNow(ctx, request) {
      const tradeId = tradeIdOf(request);
      if (request.redrive !== 'owed') return nothingOwed(tradeId);
      return (await redriveV1(ctx, request)).kind === 'busy' ? onTheWire(tradeId) : ok({ tradeId });
    },
    async stopRetrying(ctx, request) {
      const tradeId = tradeIdOf(request);
      if (request.redrive !== 'owed') return nothingOwed(tradeId);
      await commit(ctx, (db) => updateRequest(db, tradeId, { redrive: 'done', nextRedriveAt: null }));
      return ok({ tradeId });
    },
    // The lab's note of a re-drive owed is all there is; stopping it forgets it.
    refusal: (_db, request) => (request.redrive === 'owed' ? null : nothingOwed(tradeIdOf(request))),
  },
  stuck: { reasonOf: v1StuckReason, otherwise: 'notACase' },
  explorer: { claims: v1Claims, watchesPayOnly: false, why: whyV1 },
};
