import { describe, expect, it } from 'vitest';
import { operations, providerStates, type Operation, type ProviderState } from '@/lib/pay-order/pay-order.machine';
import { providerMove } from './provider-move';

type Stored = ProviderState | undefined;
const stored: Stored[] = [undefined, ...providerStates];
const refused = null;

/** from → to for each stored state (none, trySuccess, confirmed, cancelled), as the machine decides. */
const withFence: Record<Operation, (string | null)[]> = {
  try: ['init→trySuccess', refused, refused, refused],
  confirm: [refused, 'trySuccess→confirmed', refused, refused],
  cancel: ['init→cancelled', 'trySuccess→cancelled', refused, refused],
};
/** Without the fence, the provider takes a repeat or a crossed try/cancel at its word. */
const withoutFence: Record<Operation, (string | null)[]> = {
  try: ['init→trySuccess', 'init→trySuccess', refused, 'init→trySuccess'],
  confirm: [refused, 'trySuccess→confirmed', 'trySuccess→confirmed', refused],
  cancel: ['trySuccess→cancelled', 'trySuccess→cancelled', refused, 'trySuccess→cancelled'],
};

const outcome = (state: Stored, op: Operation, fenceOn: boolean) => {
  const move = providerMove(state, op, fenceOn);
  return move.ok ? `${move.from}→${move.to}` : refused;
};

describe('the provider moves its pay order through the shared machine', () => {
  for (const [fenceOn, table] of [
    [true, withFence],
    [false, withoutFence],
  ] as const) {
    for (const op of operations) {
      stored.forEach((state, i) => {
        it(`fence ${fenceOn ? 'on' : 'off'}: ${op} on ${state ?? 'no pay order'} → ${table[op][i] ?? 'refused'}`, () => {
          expect(outcome(state, op, fenceOn)).toBe(table[op][i]);
        });
      });
    }
  }

  it("explains a refusal in the machine's words", () => {
    expect(providerMove('confirmed', 'cancel', true)).toEqual({ ok: false, reason: 'cancel.requested is not accepted in state confirmed' });
  });
});
