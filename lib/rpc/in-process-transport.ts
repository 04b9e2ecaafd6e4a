import { handlePayRequest } from '@/lib/pay/endpoints';
import type { PayService } from '@/lib/pay/pay-service';
import type { Transport } from './transport';

/**
 * The provider's code called in the same process, with the same wire semantics as HTTP: the
 * body goes through JSON both ways, so nothing is shared by reference. The one place outside
 * the composition root that may import the pay service.
 */
export function inProcessTransport(pay: PayService): Transport {
  return {
    name: 'in-process',
    async send(endpoint, body) {
      const reply = handlePayRequest(pay, endpoint, JSON.parse(JSON.stringify(body)));
      return { kind: 'reply', status: reply.status, body: JSON.parse(JSON.stringify(reply.body)) };
    },
  };
}
