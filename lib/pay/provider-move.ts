import { decide, initial, type PayOrderSnapshot } from '@/lib/pay-order/decide';
import { isProviderState, type Operation, type PayOrderState, type ProviderState } from '@/lib/pay-order/pay-order.machine';

export type ProviderMove = { ok: true; from: PayOrderState; to: ProviderState } | { ok: false; reason: string };

/**
 * The provider's pay order moves through the same machine as the caller's mirror. The provider
 * always knows its own state, so an operation is its request and its definite success at once:
 * `<op>.requested` then `<op>.succeeded` (a try is owed from the start, so it is the second alone).
 * A state the machine refuses the operation from is a definite failure, and changes nothing.
 */
export function providerMove(stored: ProviderState | undefined, op: Operation, fenceOn: boolean): ProviderMove {
  const start = startingPoint(stored, op, fenceOn);
  const requested = op === 'try' ? ({ accepted: true, next: start } as const) : decide(start, { type: `${op}.requested` });
  if (!requested.accepted) return { ok: false, reason: requested.reason };
  const done = decide(requested.next, { type: `${op}.succeeded` });
  if (!done.accepted) return { ok: false, reason: done.reason };
  const to = done.next.state;
  // Every success event leads to a settled state; this only narrows the type.
  if (!isProviderState(to)) throw new Error(`the machine took a provider's ${op} to ${to}`);
  return { ok: true, from: start.state, to };
}

/**
 * Where the provider decides from. With the fence, its own stored state (none yet = `init`,
 * the try owed). Without it the provider has no memory of the operations it already ran, so in
 * exactly the three cases the fence guards it takes the request at its word and decides from
 * the state the operation expects: a repeat (idempotency), a cancel with no try before it
 * (empty rollback), a try after its cancel (anti-hanging). That is how each anomaly appears.
 */
function startingPoint(stored: ProviderState | undefined, op: Operation, fenceOn: boolean): PayOrderSnapshot {
  const own: PayOrderSnapshot = stored ? { state: stored, owed: null } : initial();
  if (fenceOn || !fenceWouldGuard(stored, op)) return own;
  return op === 'try' ? initial() : { state: 'trySuccess', owed: null };
}

function fenceWouldGuard(stored: ProviderState | undefined, op: Operation): boolean {
  switch (op) {
    case 'try':
      return stored === 'trySuccess' || stored === 'cancelled';
    case 'confirm':
      return stored === 'confirmed';
    case 'cancel':
      return stored === undefined || stored === 'cancelled';
  }
}
