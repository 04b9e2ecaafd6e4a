import type { Clock } from '@/lib/clock/clock';
import type { WireReply } from '@/lib/protocol/status-rule';
import { answerAt, type Services, type Transport, type TransportReply } from './transport';

/**
 * The services' code called in the same process, with the same wire semantics as HTTP: the
 * body goes through JSON both ways, so nothing is shared by reference. Given a clock, a provider's
 * answer held by its latency loses to the caller's timeout, as over HTTP; without one (inside the
 * simulated network, which keeps its own timeouts) it is awaited. The coordinator's and the trade
 * branch's answers take only their own work's time, which no network adds to here: awaited (a
 * busy test machine must not turn a commit's phase 2 into a timeout).
 */
export function inProcessTransport(services: Services, clock?: Clock): Transport {
  return {
    name: 'in-process',
    async send(address, body, timeoutMs) {
      const reply = answerAt(services, address, JSON.parse(JSON.stringify(body)));
      // A service that answers at once is not made to wait a turn: a simulation orders same-instant steps by these turns.
      if (!(reply instanceof Promise)) return onTheWire(reply);
      return clock && address.to === 'pay' ? withinTimeout(clock, reply, timeoutMs) : reply.then(onTheWire);
    },
  };
}

const withinTimeout = (clock: Clock, reply: Promise<WireReply>, timeoutMs: number) =>
  new Promise<TransportReply>((resolve, reject) => {
    const cancel = clock.after(timeoutMs, () => resolve({ kind: 'no-reply', reason: `timeout after ${timeoutMs} ms` }));
    reply.then(
      (answer) => {
        cancel();
        resolve(onTheWire(answer));
      },
      (error: unknown) => {
        cancel();
        reject(error);
      },
    );
  });

const onTheWire = (reply: WireReply): TransportReply => ({
  kind: 'reply',
  status: reply.status,
  body: JSON.parse(JSON.stringify(reply.body)),
});
