import type { WireReply } from '@/lib/protocol/status-rule';
import { answerAt, type Services, type Transport, type TransportReply } from './transport';

/**
 * The services' code called in the same process, with the same wire semantics as HTTP: the
 * body goes through JSON both ways, so nothing is shared by reference.
 */
export function inProcessTransport(services: Services): Transport {
  return {
    name: 'in-process',
    async send(address, body) {
      const reply = answerAt(services, address, JSON.parse(JSON.stringify(body)));
      // A service that answers at once is not made to wait a turn: a simulation orders same-instant steps by these turns.
      return reply instanceof Promise ? reply.then(onTheWire) : onTheWire(reply);
    },
  };
}

const onTheWire = (reply: WireReply): TransportReply => ({
  kind: 'reply',
  status: reply.status,
  body: JSON.parse(JSON.stringify(reply.body)),
});
