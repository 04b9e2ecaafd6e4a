import { describe, expect, it } from 'vitest';
import {
  asPayEvent,
  chargedEvent,
  emptyRollbackEvent,
  hangingTryRefusedEvent,
  heldEvent,
  keptEvent,
  payEventSchema,
  rejectedEvent,
  releasedEvent,
  replayedEvent,
  reservedEvent,
  unheldEvent,
} from './pay-events';

/**
 * pay_event keeps each detail as the JSON its builder makes. These are the bytes the provider
 * stored before the builders existed: the recorded reports quote them, so they never move.
 */
describe("the pay service's events, as pay_event stores them", () => {
  it.each([
    ['a reservation', reservedEvent(1_00, true), 'try.reserved', '{"amountCents":100,"fence":true}'],
    ['a late try refused (anti-hanging)', hangingTryRefusedEvent(), 'try.refused', '{"fence":"anti-hanging"}'],
    ['a charge', chargedEvent(2_50, false), 'confirm.charged', '{"amountCents":250,"fence":false}'],
    ['a release', releasedEvent(2_50, true, false), 'cancel.released', '{"amountCents":250,"fence":true}'],
    ["a delete's release", releasedEvent(2_50, true, true), 'cancel.released', '{"amountCents":250,"fence":true,"removed":true}'],
    ['an empty rollback', emptyRollbackEvent(), 'cancel.empty', '{"fence":"empty rollback"}'],
    ['a repeat, answered again', replayedEvent('confirm', false), 'confirm.replayed', '{"fence":"idempotency"}'],
    ['a repeat of a refusal', replayedEvent('try', true), 'try.replayed', '{"fence":"idempotency","refused":true}'],
    [
      'a business refusal',
      rejectedEvent('cancel', 'insufficient_funds', false),
      'cancel.rejected',
      '{"code":"insufficient_funds","fence":false}',
    ],
    ["a global transaction's hold", heldEvent('tc:1', 'delete', true), 'try.held', '{"xid":"tc:1","action":"delete","fence":true}'],
    ["a create's Confirm", keptEvent('tc:1', true), 'confirm.kept', '{"xid":"tc:1","fence":true}'],
    ['a hold let go', unheldEvent('tc:1', false), 'cancel.unheld', '{"xid":"tc:1","fence":false}'],
  ])('%s', (_what, event, type, stored) => {
    expect(event.type).toBe(type);
    expect(JSON.stringify(event.detail)).toBe(stored);
    expect(payEventSchema.safeParse(event).success).toBe(true);
  });
});

describe('reading pay_event back: the one reshape', () => {
  it('hands back the row it read', () => {
    const row = { id: 1, payOrderId: 'po-1', type: 'try.reserved', detail: { amountCents: 1_00, fence: true } as unknown };
    expect(asPayEvent(row)).toBe(row);
  });

  it('refuses a detail no builder builds', () => {
    expect(() => asPayEvent({ type: 'try.reserved', detail: { amountCents: '1.00', fence: true } })).toThrow(
      /^pay_event holds a "try.reserved" event outside the lab's vocabulary/,
    );
  });
});
