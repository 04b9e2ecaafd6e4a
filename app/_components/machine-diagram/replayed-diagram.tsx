'use client';

import { useCallback, useEffect, useReducer } from 'react';
import type { LabEvent } from '@/app/_shared/lab-api';
import { refusalOf, type TradeRequest } from '@/lib/pay-order/event-availability';
import { AnimationControls } from './animation-controls';
import { animationQueue, emptyQueue, playMs, shownState, type Speed } from './animation-queue';
import { PayOrderDiagram, type DiagramProps } from './pay-order-diagram';
import { useReplayedMirror, type MirrorStart, type ReplayStep } from './use-replayed-mirror';

interface Props extends Omit<DiagramProps, 'caller' | 'animating' | 'playMs' | 'actions'> {
  start: MirrorStart;
  events: LabEvent[];
  /** The server's latest word on the mirror, and the newest event it reflects. */
  stored: { state: string; owed: string | null; cursor: number };
  onDiverged: () => void;
  speed: Speed;
  onSpeed: (speed: Speed) => void;
  send: (request: TradeRequest) => void;
}

/**
 * The diagram driven by the selected trade's replayed actor. Its buttons ask that actor (the
 * machine as it stands now); its token and edges play the actor's steps in order, at the chosen speed.
 */
export function ReplayedDiagram({ start, events, stored, onDiverged, speed, onSpeed, send, ...rest }: Props) {
  const [queue, dispatch] = useReducer(animationQueue<ReplayStep>, speed, emptyQueue<ReplayStep>);
  useEffect(() => dispatch({ type: 'speed', speed }), [speed]);

  useEffect(() => {
    if (!queue.playing) return;
    const timer = setTimeout(() => dispatch({ type: 'played' }), playMs[queue.speed]);
    return () => clearTimeout(timer);
  }, [queue.playing, queue.speed]);

  const onStep = useCallback((step: ReplayStep) => dispatch({ type: 'arrived', step }), []);
  const replay = useReplayedMirror(start, events, onStep);

  // Both have seen the same events yet disagree: a step was missed, so start again from the stored state.
  useEffect(() => {
    if (stored.cursor === replay.cursor.current && (stored.state !== replay.state || stored.owed !== replay.owed)) onDiverged();
  }, [stored, replay.state, replay.owed, replay.cursor, onDiverged]);

  const at = { state: replay.state, owed: replay.owed };
  const { playing } = queue;
  return (
    <>
      <AnimationControls speed={speed} onSpeed={onSpeed} behind={queue.waiting.length} onNext={() => dispatch({ type: 'next' })} />
      <PayOrderDiagram
        caller={shownState(queue, replay.state)}
        animating={playing && { key: `${playing.from}:${playing.event}`, nonce: playing.eventId }}
        playMs={playMs[queue.speed]}
        actions={{ availability: (event, source) => refusalOf(at, event, source), send }}
        {...rest}
      />
    </>
  );
}
