'use client';

import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useRef, useState } from 'react';
import type { LabEvent } from '@/app/_shared/lab-api';
import { payOrderMachine, type Operation, type PayOrderEvent, type PayOrderState } from '@/lib/pay-order/pay-order.machine';

export interface MirrorStart {
  tradeId: string;
  state: PayOrderState;
  owed: Operation | null;
  /** The newest trade event the start already reflects; only later ones are replayed. */
  cursor: number;
}

export interface ReplayStep {
  from: PayOrderState;
  to: PayOrderState;
  event: PayOrderEvent['type'];
  eventId: number;
}

/**
 * The selected trade's mirror as a live actor of the machine the server runs: restored from
 * the stored state, then sent each transition the stream reports. The diagram shows where the
 * browser's own replay stands, so a state the machine would refuse can never be drawn.
 */
export function useReplayedMirror(start: MirrorStart, events: LabEvent[], onStep: (step: ReplayStep) => void) {
  const [restored] = useState(() => payOrderMachine.resolveState({ value: start.state, context: { owed: start.owed } }));
  const actor = useActorRef(payOrderMachine, { snapshot: restored });
  const state = useSelector(actor, (s) => s.value as PayOrderState);
  const owed = useSelector(actor, (s) => s.context.owed);
  const cursor = useRef(start.cursor);

  useEffect(() => {
    const fresh = events.filter((e) => e.tradeId === start.tradeId && e.id > cursor.current).reverse();
    for (const e of fresh) {
      cursor.current = e.id;
      // A trade's creation is no event of the machine.
      if (e.type !== 'transition' || e.detail.event === 'trade.created') continue;
      const event: PayOrderEvent = { type: e.detail.event };
      const before = actor.getSnapshot();
      if (!before.can(event)) continue;
      actor.send(event);
      onStep({ from: before.value as PayOrderState, to: actor.getSnapshot().value as PayOrderState, event: event.type, eventId: e.id });
    }
  }, [events, actor, start.tradeId, onStep]);

  return { state, owed, cursor };
}
