import { EventEmitter } from 'node:events';
import { dataDir } from '@/db/open';
import { openTradeDb, type TradeDb } from '@/db/trade/client';
import type { AuditSources } from '@/lib/consistency/audit';
import { closeParticipants, openParticipants, participantStates } from '@/lib/participants';
import { systemClock, type Clock } from '@/lib/clock/clock';
import { FaultInjector, type FaultSource } from '@/lib/faults/fault-injector';
import { handlePayRequest } from '@/lib/pay/endpoints';
import { createPayService, type PayService } from '@/lib/pay/pay-service';
import { createRpcClient, type RpcClient } from '@/lib/rpc/client';
import { httpTransport } from '@/lib/rpc/http-transport';
import { inProcessTransport } from '@/lib/rpc/in-process-transport';
import type { Services, Transport } from '@/lib/rpc/transport';
import type { Random } from '@/lib/random/random';
import { resetPayDb } from '@/lib/pay/accounts';
import { backoffPolicy } from '@/lib/recovery/backoff';
import { commit } from '@/lib/trade/commit';
import { InFlight } from '@/lib/trade/in-flight';
import { recordReconciled } from '@/lib/trade/reconciled';
import { recordEvent } from '@/lib/trade/record-event';
import { lateReplyEvent, resetEvent } from '@/lib/trade/trade-events';
import { Wire, type WireSnapshot } from '@/lib/wire/wire';
import { tradePresence } from '@/lib/trade/trade-reads';
import { clearTradeDb } from '@/lib/trade/reset';
import { closeInterruptedRequests } from '@/lib/trade/request-log';
import { WriteGate } from '@/lib/trade/write-gate';
import type { TradeContext } from '@/lib/trade/trade-context';
import { applySettingsPatch, defaultSettings, type LabSettings, type SettingsPatch } from '@/lib/settings/settings';

/**
 * Where the lab runs: its clock, the network between the two services, its randomness and
 * what decides whether a fault fires. The running app lives in the real one; a simulation or
 * the explorer hands in a world of its own — the engine's code is the same in each.
 */
export interface LabWorld {
  clock: Clock;
  /** The network between the services, given what answers at each destination. */
  network: (services: Services) => Transport;
  /** Seeded randomness for one subsystem (the backoff's jitter). */
  random: (subsystem: string) => Random;
  /** A simulation's switchboard draws its probabilities from this one stream, in the order asked. */
  faultDraws?: Random;
  /** What decides each fault, given the lab's switchboard (the explorer decides them itself). */
  faults?: (switchboard: FaultInjector) => FaultSource;
}

export interface LabOptions {
  dataDir: string;
  /** `http` goes through the pay service's real route handlers at payServiceUrl. */
  transport: 'http' | 'in-process';
  payServiceUrl?: string;
  settings?: SettingsPatch;
  /** Another world than the real one (a simulation); `transport` is then ignored. */
  world?: LabWorld;
}

function realWorld(options: LabOptions): LabWorld {
  return {
    clock: systemClock,
    network: (services) =>
      options.transport === 'http' ? httpTransport(options.payServiceUrl ?? 'http://127.0.0.1:3000') : inProcessTransport(services),
    random: () => Math.random,
  };
}

/**
 * The composition root: the one place that knows both services. The trade service gets an RPC
 * client and its own database; the pay service gets its own database; neither sees the other.
 */
export function createLab(options: LabOptions) {
  let settings: LabSettings = applySettingsPatch(defaultSettings, options.settings ?? {});
  const world = options.world ?? realWorld(options);
  const { clock } = world;
  const now = () => clock.now();
  const databases = openParticipants(options.dataDir);
  const { trade: tradeDb, pay: payDb } = databases;
  // V1's transaction held open across a call needs a connection of its own.
  const tradeTxDb: TradeDb = openTradeDb(options.dataDir);
  const gate = new WriteGate();
  const pay: PayService = createPayService(payDb, { fenceOn: () => settings.providerFence === 'on', now });
  const switchboard = new FaultInjector(settings.faultSeed, world.faultDraws);
  const faults = world.faults?.(switchboard) ?? switchboard;
  const events = new EventEmitter().setMaxListeners(0);

  const services = servicesOf(pay);
  const transport = world.network(services);

  const wire = new Wire(clock, () => events.emit('wire'));
  const rpc: RpcClient = createRpcClient({
    transport,
    faults,
    clock,
    timeoutMs: () => (settings.stepMode ? settings.stepTimeoutMs : settings.rpcTimeoutMs),
    hold: (request, timeoutMs, context) => (settings.stepMode ? wire.holdCall(request, timeoutMs, context) : null),
    // A slow provider's late execution is part of the story: show it in the trade's events.
    onLateReply: (request, reply) =>
      void recordEvent(
        trade,
        'tradeId' in request.body ? (request.body.tradeId ?? null) : null,
        lateReplyEvent(request.body.payOrderId, request.op, reply.kind === 'reply' ? { status: reply.status, body: reply.body } : null),
      ).catch((error: unknown) => console.error('recording a late reply failed:', error)),
  });
  closeInterruptedRequests(tradeDb);
  const trade: TradeContext = {
    db: tradeDb,
    txDb: tradeTxDb,
    gate,
    rpc,
    steps: {
      held: () => settings.stepMode && settings.holdLocalSteps,
      now: (id, at, forced) => faults.fires(id, at, forced),
      fires: async (id, at, forced) =>
        settings.stepMode && settings.holdLocalSteps ? wire.holdLocal(id, at) : faults.fires(id, at, forced),
    },
    settings: () => settings,
    retry: backoffPolicy(() => settings.backoff, world.random('backoff')),
    clock,
    notify: () => events.emit('event'),
    inFlight: new InFlight(),
  };

  return {
    dataDir: options.dataDir,
    transport: transport.name,
    tradeDb,
    payDb,
    /** Read access to every service, as an auditor has it: what checkers and read models are given, never the lab. */
    audit: { tradeDb, payDb, now } satisfies AuditSources,
    /** Every service's state, as the explorer compares states. */
    state: () => participantStates(databases),
    clock,
    now,
    pay,
    /** What answers at each destination in this process (a scratch lab's HTTP server serves it). */
    services,
    trade,
    /** The switchboard the fault routes set (in the real world also what decides each fault). */
    faults: switchboard,
    /** Step mode's held messages and local steps. */
    wire,
    events,
    getSettings: () => settings,
    wireSnapshot: (): WireSnapshot => ({
      stepMode: settings.stepMode,
      holdLocalSteps: settings.holdLocalSteps,
      now: now(),
      held: wire.list(),
    }),
    updateSettings(patch: SettingsPatch): LabSettings {
      settings = applySettingsPatch(settings, patch);
      if (patch.faultSeed !== undefined) switchboard.reseed(settings.faultSeed);
      // Switching step mode off delivers whatever is waiting on the wire.
      if (!settings.stepMode) wire.releaseAll();
      else if (!settings.holdLocalSteps) wire.releaseLocal();
      if (patch.stepMode !== undefined || patch.holdLocalSteps !== undefined) events.emit('wire');
      return settings;
    },
    /** POST /api/reset: both databases emptied, accounts opened afresh, switches and settings back to default. */
    async reset(): Promise<void> {
      // Step mode goes off first, so a flow released from the wire holds nothing new on its way out.
      settings = applySettingsPatch(defaultSettings, options.settings ?? {});
      wire.dropAll();
      events.emit('wire');
      await rpc.drained();
      await commit(trade, clearTradeDb);
      resetPayDb(payDb);
      switchboard.reset();
      switchboard.reseed(settings.faultSeed);
      await recordEvent(trade, null, resetEvent());
    },
    /**
     * POST /api/reconcile: the provider's reconciliation, asking the trade service of each live
     * reservation whether its trade exists; what it released goes into those trades' stories.
     */
    async reconcile(options: { graceMs: number }) {
      const { result, released } = pay.reconcile((tradeId) => tradePresence(tradeDb, tradeId), options);
      await recordReconciled(trade, released);
      return result;
    },
    close(): void {
      tradeTxDb.$client.close();
      closeParticipants(databases);
    },
  };
}

export type Lab = ReturnType<typeof createLab>;

const globalForLab = globalThis as typeof globalThis & { __consistencyLab?: Lab };

/**
 * The running server's lab, made once per process and kept on globalThis so that dev reloads
 * and Next's separate bundles (routes, instrumentation) share one set of connections.
 */
export function getLab(): Lab {
  globalForLab.__consistencyLab ??= createLab({
    dataDir: dataDir(),
    transport: process.env.LAB_TRANSPORT === 'in-process' ? 'in-process' : 'http',
    payServiceUrl: process.env.PAY_SERVICE_URL ?? `http://127.0.0.1:${process.env.PORT ?? '3000'}`,
  });
  return globalForLab.__consistencyLab;
}

/** What answers at each destination in this process: the pay service's endpoints (the composition root alone knows it). */
const servicesOf = (pay: PayService): Services => ({ pay: (endpoint, body) => handlePayRequest(pay, endpoint, body) });
