import { tcEndpoints, type TcEndpoint } from '@/lib/coordinator/contract';
import { payEndpoints, type PayEndpoint } from '@/lib/pay/contract';
import { tradeBranchEndpoints, type TradeBranchEndpoint } from '@/lib/trade/trade-branch-contract';
import type { WireReply } from '@/lib/protocol/status-rule';

/** The services a call can be addressed to, each with the endpoints it answers at. */
export interface Destinations {
  pay: PayEndpoint;
  tc: TcEndpoint;
  /** The trade service's branch of a global transaction (V3): phase 2, from the coordinator. */
  trade: TradeBranchEndpoint;
}
export type Destination = keyof Destinations;
export const destinations = ['pay', 'tc', 'trade'] as const satisfies readonly Destination[];

const endpoints: { [D in Destination]: readonly Destinations[D][] } = { pay: payEndpoints, tc: tcEndpoints, trade: tradeBranchEndpoints };

/** Where a call goes: a service, and one of its endpoints. */
export type Address = { [D in Destination]: { to: D; endpoint: Destinations[D] } }[Destination];

/**
 * What answers at each destination in this process: the in-process and simulated transports
 * hand a call to it. A service that may wait (the coordinator, held by a person) answers later.
 */
export type Services = { [D in Destination]: (endpoint: Destinations[D], body: unknown) => WireReply | Promise<WireReply> };

/** What a transport hands back: a reply with a status, or no reply at all. */
export type TransportReply = ({ kind: 'reply' } & WireReply) | { kind: 'no-reply'; reason: string };

/** A way to the services' endpoints: real HTTP, their code in this process, or a simulated network — routed by destination. */
export interface Transport {
  readonly name: 'http' | 'in-process' | 'simulated';
  /** `duplicate` marks the second copy of a request delivered twice. */
  send(address: Address, body: unknown, timeoutMs: number, copy?: 'duplicate'): Promise<TransportReply>;
  /**
   * A slow service's delivery, which lands only after the caller's timeout. A simulated
   * network decides when (before or after what the caller sends next); without this, the
   * client simply waits half a timeout longer before sending.
   */
  sendLate?(address: Address, body: unknown, timeoutMs: number): Promise<TransportReply>;
}

/** The address a path names (`/api/<service>/<endpoint>`), if a service answers there. */
export function addressOf(path: string): Address | null {
  const [, to, endpoint] = /^\/api\/(\w+)\/([\w-]+)$/.exec(path) ?? [];
  if (!to || !Object.hasOwn(endpoints, to)) return null;
  const known: readonly string[] = endpoints[to as Destination];
  return known.includes(endpoint!) ? ({ to, endpoint } as Address) : null;
}

/** A call handed to the service that answers at its address. */
export const answerAt = (services: Services, address: Address, body: unknown): WireReply | Promise<WireReply> =>
  (services[address.to] as (endpoint: string, body: unknown) => WireReply | Promise<WireReply>)(address.endpoint, body);
