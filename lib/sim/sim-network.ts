import type { Clock } from '@/lib/clock/clock';
import type { PayEndpoint } from '@/lib/pay/contract';
import type { PayService } from '@/lib/pay/pay-service';
import { inProcessTransport } from '@/lib/rpc/in-process-transport';
import type { Transport, TransportReply } from '@/lib/rpc/transport';

/** What the simulated network decides about each message: how long it is on the wire. */
export interface NetworkChoices {
  /** One hop: a request to the provider, or its reply back. A duplicate copy may overtake its original. */
  hopMs(hop: 'request' | 'duplicate' | 'reply'): number;
  /** When a slow provider's request lands, counted from when it was sent: at least the caller's timeout. */
  lateMs(timeoutMs: number): number;
}

/**
 * The network between the two services, simulated: each message spends the time the choices
 * give it on the wire, under the virtual clock, then reaches the provider through the
 * in-process transport (the same wire semantics: JSON both ways). With seeded choices the
 * order in which requests, replies, late deliveries and duplicates land depends on the seed
 * alone; with the explorer's, on the schedule it is walking.
 */
export function simulatedNetwork(pay: PayService, clock: Clock, choices: NetworkChoices, onDelivered: () => void = () => {}): Transport {
  const provider = inProcessTransport(pay);
  const deliver = async (endpoint: PayEndpoint, body: unknown, timeoutMs: number) => {
    const reply = await provider.send(endpoint, body, timeoutMs);
    onDelivered();
    return reply;
  };
  const after = (ms: number) => new Promise<void>((resolve) => clock.after(ms, resolve));

  return {
    name: 'simulated',
    send(endpoint, body, timeoutMs, copy) {
      return new Promise<TransportReply>((resolve) => {
        let answered = false;
        const answer = (reply: TransportReply) => {
          if (answered) return;
          answered = true;
          cancelTimeout();
          resolve(reply);
        };
        const cancelTimeout = clock.after(timeoutMs, () => answer({ kind: 'no-reply', reason: `timeout after ${timeoutMs} ms` }));
        void after(choices.hopMs(copy ?? 'request'))
          .then(() => deliver(endpoint, body, timeoutMs))
          .then(async (reply) => {
            await after(choices.hopMs('reply'));
            answer(reply);
          });
      });
    },
    async sendLate(endpoint, body, timeoutMs) {
      await after(choices.lateMs(timeoutMs));
      return deliver(endpoint, body, timeoutMs);
    },
  };
}
