/** What a send comes to when a call for the same pay order is already on the wire. */
export const busy = { kind: 'busy' } as const;
export type Busy = typeof busy;

/**
 * Pay orders with a call on the wire right now. A flow, a recovery sweep and "Retry now" may
 * each want to send for the same pay order: only one call for it is on the wire at a time.
 */
export class InFlight {
  private readonly orders = new Set<string>();

  /** Runs `call` for the pay order, unless a call for it is already on the wire. */
  async exclusive<T>(payOrderId: string, call: () => Promise<T>): Promise<T | Busy> {
    if (this.orders.has(payOrderId)) return busy;
    this.orders.add(payOrderId);
    try {
      return await call();
    } finally {
      this.orders.delete(payOrderId);
    }
  }
}
