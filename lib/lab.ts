import { EventEmitter } from 'node:events';
import { dataDir } from '@/db/open';
import { commitsOf } from '@/db/prepared';
import type { Meter } from '@/lib/meter';
import { meteredTransport } from '@/lib/rpc/metered-transport';
import { openTradeDb } from '@/db/trade/client';
import type { AuditSources } from '@/lib/consistency/audit';
import { FaultInjector } from '@/lib/faults/fault-injector';
import { realWorld, servicesOf, type LabOptions } from '@/lib/lab-world';
import { resetPayDb } from '@/lib/pay/accounts';
import { createPayService, type PayService } from '@/lib/pay/pay-service';
import { closeParticipants, openParticipants, participantStates } from '@/lib/participants';
import { applySettingsPatch, defaultSettings, type LabSettings, type SettingsPatch } from '@/lib/settings/settings';
import { tcService } from '@/lib/tc-service';
import { tradeService } from '@/lib/trade-service';
import { clearTcDb, logged } from '@/lib/coordinator/tc-log';
import { commit } from '@/lib/trade/commit';
import { recordReconciled } from '@/lib/trade/reconciled';
import { recordEvent } from '@/lib/trade/record-event';
import { clearTradeDb } from '@/lib/trade/reset';
import { resetEvent } from '@/lib/trade/trade-events';
import { tradePresence } from '@/lib/trade/trade-reads';
import { Wire, type WireSnapshot } from '@/lib/wire/wire';

export type { LabOptions, LabWorld } from '@/lib/lab-world';

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
  const pay: PayService = createPayService(payDb, { fenceOn: () => settings.providerFence === 'on', now });
  const switchboard = new FaultInjector(settings.faultSeed, world.faultDraws);
  const faults = world.faults?.(switchboard) ?? switchboard;
  const events = new EventEmitter().setMaxListeners(0);

  const services = servicesOf({
    pay,
    tc: () => tc,
    trade: () => trade,
    clock,
    providerLatency: () => settings.providerLatency,
    random: world.random('latency'),
  });
  const transport = meteredTransport(world.network(services));
  const wire = new Wire(clock, () => events.emit('wire'));
  // The TC's log is not the trade service's: the stream tells its followers it moved with a `tc` nudge of its own.
  const tc = tcService({ db: databases.tc, transport, faults, clock, wire, settings: () => settings, notify: () => events.emit('tc') });

  const trade = tradeService({
    db: tradeDb,
    txDb: openTradeDb(options.dataDir),
    transport,
    faults,
    wire,
    clock,
    settings: () => settings,
    random: world.random('backoff'),
    notify: () => events.emit('event'),
  });
  const { rpc } = trade;
  return {
    dataDir: options.dataDir,
    transport: transport.name,
    tradeDb,
    payDb,
    tcDb: databases.tc,
    /** Read access to every service, as an auditor has it: what checkers and read models are given, never the lab. */
    audit: { tradeDb, payDb, tcDb: databases.tc, now } satisfies AuditSources,
    /** What the lab has spent so far: messages on the wire and local commits in every database (a run's cost is the difference). */
    meter: (): Meter => ({
      messages: transport.sent(),
      commits: [tradeDb, trade.txDb, payDb, databases.tc].reduce((sum, db) => sum + commitsOf(db), 0),
    }),
    /** Every service's state, as the explorer compares states. */
    state: () => participantStates(databases),
    clock,
    now,
    pay,
    /** The coordinator (V3's TC): its worker drives phase 2 and timeouts; a person restarts it after a crash. */
    tc,
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
    /** POST /api/reset: every database emptied, accounts opened afresh, switches and settings back to default. */
    async reset(): Promise<void> {
      // Step mode goes off first, so a flow released from the wire holds nothing new on its way out.
      settings = applySettingsPatch(defaultSettings, options.settings ?? {});
      wire.dropAll();
      events.emit('wire');
      await rpc.drained();
      await tc.drained();
      await commit(trade, clearTradeDb);
      resetPayDb(payDb);
      logged(databases.tc, () => clearTcDb(databases.tc));
      // A coordinator left down by a crash fault comes back with nothing in flight.
      if (!tc.isUp()) await tc.restart();
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
      trade.txDb.$client.close();
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
