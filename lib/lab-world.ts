import { systemClock, type Clock } from '@/lib/clock/clock';
import type { FaultInjector, FaultSource } from '@/lib/faults/fault-injector';
import type { Coordinator } from '@/lib/coordinator/coordinator';
import { handleTcRequest } from '@/lib/coordinator/endpoints';
import { handlePayRequest } from '@/lib/pay/endpoints';
import { handleTradeBranchRequest } from '@/lib/trade/trade-branch';
import type { TradeContext } from '@/lib/trade/trade-context';
import type { PayService } from '@/lib/pay/pay-service';
import type { Random } from '@/lib/random/random';
import { httpTransport } from '@/lib/rpc/http-transport';
import { inProcessTransport } from '@/lib/rpc/in-process-transport';
import type { Services, Transport } from '@/lib/rpc/transport';
import type { SettingsPatch } from '@/lib/settings/settings';

/**
 * Where the lab runs: its clock, the network between the services, its randomness and
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

/** The world the running app lives in: the system's clock, real HTTP (or the services' code in this process), Math.random. */
export function realWorld(options: LabOptions): LabWorld {
  return {
    clock: systemClock,
    network: (services) =>
      options.transport === 'http' ? httpTransport(options.payServiceUrl ?? 'http://127.0.0.1:3000') : inProcessTransport(services),
    random: () => Math.random,
  };
}

/** The services' code in this process, each reached lazily: the network is built before the services that use it. */
export interface ServiceParts {
  pay: PayService;
  tc: () => Coordinator;
  trade: () => TradeContext;
}

/** What answers at each destination in this process: each service's endpoints (the composition root alone knows them). */
export const servicesOf = (parts: ServiceParts): Services => ({
  pay: (endpoint, body) => handlePayRequest(parts.pay, endpoint, body),
  tc: (endpoint, body) => handleTcRequest(parts.tc(), endpoint, body),
  trade: (endpoint, body) => handleTradeBranchRequest(parts.trade(), endpoint, body),
});
