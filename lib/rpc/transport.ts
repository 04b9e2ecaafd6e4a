import type { PayEndpoint, WireReply } from '@/lib/pay/contract';

/** What a transport hands back: a reply with a status, or no reply at all. */
export type TransportReply = ({ kind: 'reply' } & WireReply) | { kind: 'no-reply'; reason: string };

/** A way to the provider's endpoints: real HTTP, the provider's code in this process, or a simulated network. */
export interface Transport {
  readonly name: 'http' | 'in-process' | 'simulated';
  /** `duplicate` marks the second copy of a request delivered twice. */
  send(endpoint: PayEndpoint, body: unknown, timeoutMs: number, copy?: 'duplicate'): Promise<TransportReply>;
  /**
   * A slow provider's delivery, which lands only after the caller's timeout. A simulated
   * network decides when (before or after what the caller sends next); without this, the
   * client simply waits half a timeout longer before sending.
   */
  sendLate?(endpoint: PayEndpoint, body: unknown, timeoutMs: number): Promise<TransportReply>;
}
