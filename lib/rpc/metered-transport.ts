import type { Transport } from './transport';

/**
 * A transport that counts the requests it carries — each a round trip on the wire, answered or
 * not, a duplicate's second copy and a late delivery included: what an operation costs in messages.
 */
export function meteredTransport(inner: Transport): Transport & { sent(): number } {
  let sent = 0;
  const { sendLate } = inner;
  return {
    name: inner.name,
    send(address, body, timeoutMs, copy) {
      sent += 1;
      return inner.send(address, body, timeoutMs, copy);
    },
    ...(sendLate
      ? {
          sendLate(address, body, timeoutMs) {
            sent += 1;
            return sendLate.call(inner, address, body, timeoutMs);
          },
        }
      : {}),
    sent: () => sent,
  };
}
