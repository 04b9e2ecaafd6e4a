import type { Clock } from '@/lib/clock/clock';
import { inProcessTransport } from '@/lib/rpc/in-process-transport';
import type { Address, Services, Transport, TransportReply } from '@/lib/rpc/transport';

/** What the simulated network decides about each message: how long it is on the wire. */
export interface NetworkChoices {
  /** One hop: a request to a service, or its reply back. A duplicate copy may overtake its original. */
  hopMs(hop: 'request' | 'duplicate' | 'reply'): number;
  /** When a slow service's request lands, counted from when it was sent: at least the caller's timeout. */
  lateMs(timeoutMs: number): number;
}

/**
 * The network between the services, simulated: each message spends the time the choices give
 * it on the wire, under the virtual clock, then reaches the service it is addressed to through
 * the in-process transport (the same wire semantics: JSON both ways). With seeded choices the
 * order in which requests, replies, late deliveries and duplicates land depends on the seed
 * alone; with the explorer's, on the schedule it is walking.
 */
export function simulatedNetwork(
  services: Services,
  clock: Clock,
  choices: NetworkChoices,
  onDelivered: () => void = () => {},
): Transport & { onTheWire(): string[] } {
  const inProcess = inProcessTransport(services);
  // What is on the wire right now, for a model checker's notion of state.
  const wire = new Map<string, number>();
  const board = (message: string, change: 1 | -1) => {
    const n = (wire.get(message) ?? 0) + change;
    if (n) wire.set(message, n);
    else wire.delete(message);
  };
  const deliver = async (address: Address, body: unknown, timeoutMs: number) => {
    const reply = await inProcess.send(address, body, timeoutMs);
    onDelivered();
    return reply;
  };
  const carry = async <T>(message: string, travel: () => Promise<T>): Promise<T> => {
    board(message, 1);
    try {
      return await travel();
    } finally {
      board(message, -1);
    }
  };
  const after = (ms: number) => new Promise<void>((resolve) => clock.after(ms, resolve));

  return {
    name: 'simulated',
    send(address, body, timeoutMs, copy) {
      return new Promise<TransportReply>((resolve) => {
        let answered = false;
        const answer = (reply: TransportReply) => {
          if (answered) return;
          answered = true;
          cancelTimeout();
          resolve(reply);
        };
        const cancelTimeout = clock.after(timeoutMs, () => answer({ kind: 'no-reply', reason: `timeout after ${timeoutMs} ms` }));
        const request = `${copy ?? 'request'} ${at(address)} ${JSON.stringify(body)}`;
        void carry(request, async () => {
          await after(choices.hopMs(copy ?? 'request'));
          return deliver(address, body, timeoutMs);
        }).then((reply) =>
          carry(`reply ${at(address)} ${reply.kind === 'reply' ? reply.status : 'none'}`, async () => {
            await after(choices.hopMs('reply'));
            answer(reply);
          }),
        );
      });
    },
    sendLate(address, body, timeoutMs) {
      return carry(`late ${at(address)} ${JSON.stringify(body)}`, async () => {
        await after(choices.lateMs(timeoutMs));
        return deliver(address, body, timeoutMs);
      });
    },
    onTheWire: () => [...wire.keys()].sort(),
  };
}

const at = ({ to, endpoint }: Address) => `${to}/${endpoint}`;
