import type { TradeDb } from '@/db/trade/client';
import type { Clock } from '@/lib/clock/clock';
import type { FaultSource } from '@/lib/faults/fault-injector';
import type { Random } from '@/lib/random/random';
import { backoffPolicy } from '@/lib/recovery/backoff';
import { createRpcClient } from '@/lib/rpc/client';
import type { Transport } from '@/lib/rpc/transport';
import type { LabSettings } from '@/lib/settings/settings';
import { isOperation } from '@/lib/pay-order/pay-order.machine';
import { InFlight } from '@/lib/trade/in-flight';
import { recordEvent } from '@/lib/trade/record-event';
import { closeInterruptedRequests } from '@/lib/trade/request-log';
import type { TradeContext } from '@/lib/trade/trade-context';
import { lateReplyEvent } from '@/lib/trade/trade-events';
import { WriteGate } from '@/lib/trade/write-gate';
import type { Wire } from '@/lib/wire/wire';

/** What the trade service is built from: its two connections to trade.db, and the lab's network, faults, wire and clock. */
export interface TradeServiceParts {
  db: TradeDb;
  /** A connection of its own for V1's transaction held open across a call. */
  txDb: TradeDb;
  transport: Transport;
  faults: FaultSource;
  wire: Wire;
  clock: Clock;
  settings: () => LabSettings;
  /** The backoff's jitter. */
  random: Random;
  /** Wakes the live event stream. */
  notify: () => void;
}

/**
 * The trade service as the composition root wires it: an RPC client with the faults (or, in
 * step mode, a person) on its wire, its local steps' faults, its retry policy. At start-up a
 * request left without an answer was cut off by the process's end: it is closed as such.
 */
export function tradeService(parts: TradeServiceParts): TradeContext {
  const { settings, faults, wire, clock } = parts;
  const held = () => settings().stepMode && settings().holdLocalSteps;
  const rpc = createRpcClient({
    transport: parts.transport,
    faults,
    clock,
    timeoutMs: () => (settings().stepMode ? settings().stepTimeoutMs : settings().rpcTimeoutMs),
    from: 'trade',
    hold: (message, timeoutMs, context) => (settings().stepMode ? wire.holdCall(message, timeoutMs, context) : null),
    // A slow provider's late execution is part of the story: show it in the trade's events.
    onLateReply: ({ point, tradeId }, reply) => {
      // A message to the coordinator is told in the coordinator's own log.
      if (!isOperation(point.op)) return;
      void recordEvent(
        trade,
        tradeId,
        lateReplyEvent(point.payOrderId, point.op, reply.kind === 'reply' ? { status: reply.status, body: reply.body } : null),
      ).catch((error: unknown) => console.error('recording a late reply failed:', error));
    },
  });
  closeInterruptedRequests(parts.db);
  const trade: TradeContext = {
    db: parts.db,
    txDb: parts.txDb,
    gate: new WriteGate(),
    rpc,
    steps: {
      held,
      now: (id, at, forced) => faults.fires(id, at, forced),
      fires: async (id, at, forced) => (held() ? wire.holdLocal(id, at) : faults.fires(id, at, forced)),
    },
    settings,
    retry: backoffPolicy(() => settings().backoff, parts.random),
    clock,
    notify: parts.notify,
    inFlight: new InFlight(),
  };
  return trade;
}
