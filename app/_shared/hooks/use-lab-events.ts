'use client';

import { useEffect, useRef, useState } from 'react';
import type { LabEvent, WireSnapshot } from '@/app/_shared/lab-api';

const maxEvents = 200;

export type StreamStatus = 'connecting' | 'live' | 'closed';

/**
 * The live tail of the trade service's events, newest first. A reconnect resumes from the
 * last id it saw (EventSource sends Last-Event-ID), so nothing is missed or repeated. Beside
 * it, the latest snapshot of step mode's wire (the stream's named `wire` events), and a count of
 * the coordinator's `tc` nudges: its log moved.
 */
export function useLabEvents(onEvent: (event: LabEvent) => void) {
  const [events, setEvents] = useState<LabEvent[]>([]);
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const [wire, setWire] = useState<WireSnapshot | null>(null);
  const [tcTick, setTcTick] = useState(0);
  const onEventRef = useRef(onEvent);
  useEffect(() => {
    onEventRef.current = onEvent;
  });

  useEffect(() => {
    const source = new EventSource('/api/events');
    source.onopen = () => setStatus('live');
    source.onerror = () => setStatus(source.readyState === EventSource.CLOSED ? 'closed' : 'connecting');
    const receive = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as LabEvent;
      setEvents((list) => {
        // Everything before a reset is about trades that no longer exist.
        if (event.type === 'lab.reset') return [event];
        if (list[0] && event.id <= list[0].id) return list;
        return [event, ...list].slice(0, maxEvents);
      });
      onEventRef.current(event);
    };
    // The server sends every event unnamed, with its type in the data: one listener sees them all.
    source.onmessage = receive;
    source.addEventListener('wire', (message: MessageEvent<string>) => setWire(JSON.parse(message.data) as WireSnapshot));
    source.addEventListener('tc', () => setTcTick((n) => n + 1));
    return () => source.close();
  }, []);

  return { events, status, wire, tcTick };
}
