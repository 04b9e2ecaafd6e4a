import type { PayEndpoint, WireReply } from '@/lib/pay/contract';

/** What a transport hands back: a reply with a status, or no reply at all. */
export type TransportReply = ({ kind: 'reply' } & WireReply) | { kind: 'no-reply'; reason: string };

/** A way to the provider's endpoints: real HTTP, the provider's code in this process, or a simulated network. */
export interface Transport {
  readonly name: 'http' | 'in-process';
  send(endpoint: PayEndpoint, body: unknown, timeoutMs: number): Promise<TransportReply>;
}
