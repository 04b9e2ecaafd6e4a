import { decide, type Decision } from '@/lib/pay-order/decide';
import type { TradeDb } from '@/db/trade/client';
import { insertEvent } from '@/lib/trade/event-log';
import { updateMirror } from '@/lib/trade/mirror-store';
import { type MirrorRow } from '@/lib/trade/rows';
import { transitionEvent, type MirrorCause } from '@/lib/trade/trade-events';

/**
 * The only way a mirror changes state: the machine decides, and the new state and its event
 * row are written in the caller's transaction. A refused event writes nothing.
 */
export function applyToMirror(tx: TradeDb, mirror: MirrorRow, cause: MirrorCause, at: number, set: Partial<MirrorRow> = {}): Decision {
  const before = { state: mirror.state, owed: mirror.owed };
  const decision = decide(before, { type: cause.event });
  if (!decision.accepted) return decision;
  updateMirror(tx, mirror.id, { ...set, state: decision.next.state, owed: decision.next.owed, updatedAt: at });
  insertEvent(tx, { at, tradeId: mirror.tradeId, ...transitionEvent(mirror.id, before, decision.next, cause) });
  return decision;
}
