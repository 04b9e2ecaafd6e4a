'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { LabEvent } from '@/app/_shared/lab-api';
import { PayOrderDiagram, type DiagramProps } from './pay-order-diagram';
import { useReplayedMirror, type MirrorStart, type ReplayStep } from './use-replayed-mirror';

const animationMs = 1500;

interface Props extends Omit<DiagramProps, 'caller' | 'animating'> {
  start: MirrorStart;
  events: LabEvent[];
  /** The server's latest word on the mirror, and the newest event it reflects. */
  stored: { state: string; owed: string | null; cursor: number };
  onDiverged: () => void;
}

/** The diagram driven by the selected trade's replayed actor; each step lights its edge for a moment. */
export function ReplayedDiagram({ start, events, stored, onDiverged, ...rest }: Props) {
  const [animating, setAnimating] = useState<Record<string, number>>({});
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  const onStep = useCallback(({ from, to, eventId }: ReplayStep) => {
    const key = `${from}->${to}`;
    setAnimating((a) => ({ ...a, [key]: eventId }));
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      setAnimating((a) => {
        if (a[key] !== eventId) return a; // a later step on the same edge owns it now
        const { [key]: _done, ...rest } = a;
        return rest;
      });
    }, animationMs);
    timers.current.add(timer);
  }, []);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  const replay = useReplayedMirror(start, events, onStep);

  // Both have seen the same events yet disagree: a step was missed, so start again from the stored state.
  useEffect(() => {
    if (stored.cursor === replay.cursor.current && (stored.state !== replay.state || stored.owed !== replay.owed)) onDiverged();
  }, [stored, replay.state, replay.owed, replay.cursor, onDiverged]);

  return <PayOrderDiagram caller={replay.state} animating={animating} {...rest} />;
}
