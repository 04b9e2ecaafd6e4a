import { sleep, systemClock, type Clock } from '@/lib/clock/clock';
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
import type { ProviderLatency, SettingsPatch } from '@/lib/settings/settings';

/**
 * Where the lab runs: its clock, the network between the services, its randomness and
 * what decides whether a fault fires. The running app lives in the real one; a simulation or
 * the explorer hands in a world of its own — the engine's code is the same in each.
 */
export interface LabWorld {
  clock: Clock;
  /** The network between the services, given what answers at each destination. */
  network: (services: Services) => Transport;
  /** Seeded randomness for one subsystem (the backoff's jitter, the provider latency's). */
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
      options.transport === 'http'
        ? httpTransport(options.payServiceUrl ?? 'http://127.0.0.1:3000')
        : inProcessTransport(services, systemClock),
    random: () => Math.random,
  };
}

/** The services' code in this process, each reached lazily: the network is built before the services that use it. */
export interface ServiceParts {
  pay: PayService;
  tc: () => Coordinator;
  trade: () => TradeContext;
  /** The lab's clock: the provider's latency is waited on it (virtual in a simulation). */
  clock: Clock;
  /** Read per answer, so a settings change applies to the next one. */
  providerLatency: () => ProviderLatency;
  /** The latency's jitter: a seeded stream of its own in a simulation. */
  random: Random;
}

/**
 * What answers at each destination in this process: each service's endpoints (the composition
 * root alone knows them). Both ways in — the pay service's route handler and a scratch lab's
 * HTTP server, as the in-process and simulated transports — come through here, so the
 * provider's latency is decided in this one place, and the pay service's own code knows nothing
 * of time.
 *
 * Only the provider's answers wait: the setting models the provider's latency. The coordinator's
 * and the trade branch's endpoints answer at once — V3's extra hops are its own cost, to be
 * measured as they are, not the provider's latency counted again.
 */
export const servicesOf = (parts: ServiceParts): Services => {
  const late = providerDelay(parts);
  return {
    pay: (endpoint, body) => late(handlePayRequest(parts.pay, endpoint, body)),
    tc: (endpoint, body) => handleTcRequest(parts.tc(), endpoint, body),
    trade: (endpoint, body) => handleTradeBranchRequest(parts.trade(), endpoint, body),
  };
};

/**
 * The provider's answer held for its latency on the lab's clock: `ms` plus a uniform draw in
 * [0, `jitterMs`]. The provider has already done the work when its answer waits, so a caller
 * whose timeout runs out first meets a slow provider: no answer, though the operation happened.
 * At 0 the answer goes at once — no await, no timer: a simulation orders same-instant steps by
 * them, and a lab without latency must run exactly as before.
 */
export function providerDelay({ clock, providerLatency, random }: Pick<ServiceParts, 'clock' | 'providerLatency' | 'random'>) {
  return <T>(answer: T): T | Promise<T> => {
    const { ms, jitterMs } = providerLatency();
    const delay = ms + (jitterMs > 0 ? Math.floor(random() * (jitterMs + 1)) : 0);
    return delay > 0 ? sleep(clock, delay).then(() => answer) : answer;
  };
}
