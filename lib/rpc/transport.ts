import { payEndpoints, type PayEndpoint, type WireReply } from '@/lib/pay/contract';

/** The services a call can be addressed to, each with the endpoints it answers at. */
export interface Destinations {
  pay: PayEndpoint;
}
export type Destination = keyof Destinations;

const endpoints: { [D in Destination]: readonly Destinations[D][] } = { pay: payEndpoints };

/** Where a call goes: a service, and one of its endpoints. */
export type Address = { [D in Destination]: { to: D; endpoint: Destinations[D] } }[Destination];

/** What answers at each destination in this process: the in-process and simulated transports hand a call to it. */
export type Services = { [D in Destination]: (endpoint: Destinations[D], body: unknown) => WireReply };

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
export const answerAt = (services: Services, address: Address, body: unknown): WireReply => services[address.to](address.endpoint, body);
