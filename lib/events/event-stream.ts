import type { EventEmitter } from 'node:events';
import type { TradeDb } from '@/db/trade/client';
import { eventsAfter, latestEventId } from '@/lib/trade/event-log';

/** A fresh client without a cursor first gets this many recent events, then the live tail. */
const backlog = 100;
const pageSize = 500;
const pollMs = 1000;
const heartbeatMs = 15_000;

/**
 * Server-Sent Events over the trade service's event table: each event's row id is its SSE
 * id, so a client that reconnects with Last-Event-ID gets exactly what it missed. New commits
 * wake the stream at once; a slow poll covers anything written without a notification.
 * Step mode's wire goes along as named `wire` events without an id (a snapshot, on connect and
 * on each change): the wire is not history, so a reconnect needs only the latest. So does a `tc`
 * nudge, each time the coordinator's log moves (its events are in tc.db, not in this table).
 */
export function eventStream(
  db: TradeDb,
  bus: EventEmitter,
  wire: () => unknown,
  lastEventId: number | undefined,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor = lastEventId ?? Math.max(0, latestEventId(db) - backlog);
  let wake: (() => void) | undefined;
  // Set by a commit that lands while we are reading, so the next wait does not sleep through it.
  let pending = false;
  const onEvent = () => {
    pending = true;
    wake?.();
  };
  let open = true;

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      bus.on('event', onEvent);
      // Called from whoever changed the wire: a client that has gone must not make their change throw.
      const sendWire = () => {
        if (open && !signal.aborted) controller.enqueue(encoder.encode(`event: wire\ndata: ${JSON.stringify(wire())}\n\n`));
      };
      bus.on('wire', sendWire);
      const sendTc = () => {
        if (open && !signal.aborted) controller.enqueue(encoder.encode('event: tc\ndata: {}\n\n'));
      };
      bus.on('tc', sendTc);
      signal.addEventListener('abort', () => wake?.());
      controller.enqueue(encoder.encode(`retry: 2000\n: connected at ${cursor}\n\n`));
      sendWire();
      let lastBeat = Date.now();
      try {
        while (open && !signal.aborted) {
          pending = false;
          const rows = eventsAfter(db, cursor, pageSize);
          for (const row of rows) {
            // Unnamed (`message`) events: a client's onmessage sees every type, including new ones.
            controller.enqueue(encoder.encode(`id: ${row.id}\ndata: ${JSON.stringify(row)}\n\n`));
            cursor = row.id;
          }
          if (rows.length === pageSize) continue;
          if (Date.now() - lastBeat > heartbeatMs) {
            controller.enqueue(encoder.encode(': heartbeat\n\n'));
            lastBeat = Date.now();
          }
          if (pending) continue;
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, pollMs);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
        }
      } catch (error) {
        // A closed client makes enqueue throw; anything else is a real failure worth seeing.
        if (!signal.aborted) console.error('event stream failed:', error);
      } finally {
        open = false;
        bus.off('event', onEvent);
        bus.off('wire', sendWire);
        bus.off('tc', sendTc);
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      }
    },
    cancel() {
      open = false;
      wake?.();
    },
  });
}

/** Last-Event-ID header (a reconnect) or ?after= (a first connect that knows where it is). */
export function parseCursor(req: Request): number | undefined {
  const raw = req.headers.get('last-event-id') ?? new URL(req.url).searchParams.get('after');
  if (raw === null || !/^\d{1,15}$/.test(raw.trim())) return undefined;
  return Number(raw.trim());
}
