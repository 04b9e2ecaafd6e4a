import { decide, type Decision } from '@/lib/pay-order/decide';
import type { PayOrderEvent } from '@/lib/pay-order/pay-order.machine';
import type { TradeDb } from '@/db/trade/client';
import { insertEvent } from '@/lib/trade/event-log';
import { updateMirror } from '@/lib/trade/mirror-store';
import { type MirrorRow } from '@/lib/trade/rows';

/**
 * The only way a mirror changes state: the machine decides, and the new state and its event
 * row are written in the caller's transaction. A refused event writes nothing.
 */
export function applyToMirror(
  tx: TradeDb,
  mirror: MirrorRow,
  event: PayOrderEvent,
  at: number,
  extra: { set?: Partial<MirrorRow>; detail?: Record<string, unknown> } = {},
): Decision {
  const decision = decide({ state: mirror.state, owed: mirror.owed }, event);
  if (!decision.accepted) return decision;
  updateMirror(tx, mirror.id, { ...extra.set, state: decision.next.state, owed: decision.next.owed, updatedAt: at });
  insertEvent(tx, {
    at,
    tradeId: mirror.tradeId,
    type: 'transition',
    detail: {
      payOrderId: mirror.id,
      event: event.type,
      from: mirror.state,
      to: decision.next.state,
      owedBefore: mirror.owed,
      owed: decision.next.owed,
      ...extra.detail,
    },
  });
  return decision;
}
