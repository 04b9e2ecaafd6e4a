import { EventEmitter } from 'node:events';
import { openPayDb, type PayDb } from '@/db/pay/client';
import { dataDir } from '@/db/open';
import { openTradeDb, type TradeDb } from '@/db/trade/client';
import { FaultInjector } from '@/lib/faults/fault-injector';
import { createPayService, type PayService } from '@/lib/pay/pay-service';
import { createRpcClient, type RpcClient } from '@/lib/rpc/client';
import { httpTransport } from '@/lib/rpc/http-transport';
import { inProcessTransport } from '@/lib/rpc/in-process-transport';
import { resetPayDb } from '@/lib/pay/accounts';
import { backoffPolicy } from '@/lib/recovery/backoff';
import { commit } from '@/lib/trade/commit';
import { InFlight } from '@/lib/trade/in-flight';
import { recordReconciled } from '@/lib/trade/reconciled';
import { recordEvent } from '@/lib/trade/record-event';
import { tradePresence } from '@/lib/trade/trade-reads';
import { clearTradeDb, closeInterruptedRequests } from '@/lib/trade/trade-store';
import { WriteGate } from '@/lib/trade/write-gate';
import type { TradeContext } from '@/lib/trade/trade-context';
import { applySettingsPatch, defaultSettings, type LabSettings, type SettingsPatch } from '@/lib/settings/settings';

export interface LabOptions {
  dataDir: string;
  /** `http` goes through the pay service's real route handlers at payServiceUrl. */
  transport: 'http' | 'in-process';
  payServiceUrl?: string;
  settings?: SettingsPatch;
  now?: () => number;
}

/**
 * The composition root: the one place that knows both services. The trade service gets an RPC
 * client and its own database; the pay service gets its own database; neither sees the other.
 */
export function createLab(options: LabOptions) {
  let settings: LabSettings = applySettingsPatch(defaultSettings, options.settings ?? {});
  const now = options.now ?? Date.now;
  const tradeDb: TradeDb = openTradeDb(options.dataDir);
  const tradeTxDb: TradeDb = openTradeDb(options.dataDir);
  const gate = new WriteGate();
  const payDb: PayDb = openPayDb(options.dataDir);
  const pay: PayService = createPayService(payDb, { fenceOn: () => settings.providerFence === 'on', now });
  const faults = new FaultInjector(settings.faultSeed);
  const events = new EventEmitter().setMaxListeners(0);

  const transport =
    options.transport === 'http' ? httpTransport(options.payServiceUrl ?? 'http://127.0.0.1:3000') : inProcessTransport(pay);

  const rpc: RpcClient = createRpcClient({
    transport,
    faults,
    timeoutMs: () => settings.rpcTimeoutMs,
    // A slow provider's late execution is part of the story: show it in the trade's events.
    onLateReply: (request, reply) =>
      void recordEvent(trade, 'tradeId' in request.body ? (request.body.tradeId ?? null) : null, 'rpc.late', {
        payOrderId: request.body.payOrderId,
        op: request.op,
        providerReply: reply.kind === 'reply' ? { status: reply.status, body: reply.body } : null,
      }).catch((error: unknown) => console.error('recording a late reply failed:', error)),
  });
  closeInterruptedRequests(tradeDb);
  const trade: TradeContext = {
    db: tradeDb,
    txDb: tradeTxDb,
    gate,
    rpc,
    faults,
    settings: () => settings,
    retry: backoffPolicy(() => settings.backoff),
    now,
    notify: () => events.emit('event'),
    inFlight: new InFlight(),
  };

  return {
    dataDir: options.dataDir,
    transport: transport.name,
    tradeDb,
    payDb,
    now,
    pay,
    trade,
    faults,
    events,
    getSettings: () => settings,
    updateSettings(patch: SettingsPatch): LabSettings {
      settings = applySettingsPatch(settings, patch);
      if (patch.faultSeed !== undefined) faults.reseed(settings.faultSeed);
      return settings;
    },
    /** POST /api/reset: both databases emptied, accounts opened afresh, switches and settings back to default. */
    async reset(): Promise<void> {
      await rpc.drained();
      await commit(trade, clearTradeDb);
      resetPayDb(payDb);
      settings = applySettingsPatch(defaultSettings, options.settings ?? {});
      faults.reset();
      faults.reseed(settings.faultSeed);
      await recordEvent(trade, null, 'lab.reset', {});
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
      tradeDb.$client.close();
      tradeTxDb.$client.close();
      payDb.$client.close();
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
