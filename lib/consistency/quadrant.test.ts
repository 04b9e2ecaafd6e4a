import { describe, expect, it } from 'vitest';
import type { Strategy } from '@/lib/strategies/catalog';
import { quadrantOf, type TradeSides } from './quadrant';
import { verdictOf } from './verdict';

const v1 = (status: 'created' | 'confirmed', provider: TradeSides['provider'], redrive?: TradeSides['redrive']): TradeSides<Strategy> => ({
  trade: { status, strategy: 'v1' },
  mirror: null,
  provider,
  redrive: redrive ?? { lastOp: 'create', owed: false },
});
const v2 = (
  mirror: TradeSides['mirror'],
  provider: TradeSides['provider'],
  status: 'created' | 'deleting' = 'created',
): TradeSides<Strategy> => ({
  trade: { status, strategy: 'v2' },
  mirror,
  provider,
});
const mirror = (
  state: NonNullable<TradeSides['mirror']>['state'],
  owed: NonNullable<TradeSides['mirror']>['owed'] = null,
  parked = false,
) => ({
  state,
  owed,
  parked,
});
const gone: TradeSides<Strategy> = { trade: null, mirror: null, provider: null };

describe('quadrantOf: the note four quadrants, does each side hold anything?', () => {
  it.each([
    ['both', v1('created', { state: 'trySuccess' })],
    ['tradeOnly', v1('created', null)],
    ['payOnly', { ...gone, provider: { state: 'trySuccess' } }],
    ['neither', gone],
    // A cancelled provider order holds nothing: for existence it counts as absent.
    ['tradeOnly', v2(mirror('cancelled'), { state: 'cancelled' })],
    ['neither', { ...gone, provider: { state: 'cancelled' } }],
  ] as const)('%s: %j', (quadrant, sides) => {
    expect(quadrantOf(sides)).toBe(quadrant);
  });
});

describe('verdictOf: consistent, converging (something scheduled will repair it) or stuck', () => {
  it.each([
    ['consistent', 'V1 created ↔ trySuccess', v1('created', { state: 'trySuccess' })],
    ['consistent', 'V1 confirmed ↔ confirmed', v1('confirmed', { state: 'confirmed' })],
    [
      'stuck',
      'V1 confirm case 3: confirmed ↔ trySuccess, nothing owed',
      v1('confirmed', { state: 'trySuccess' }, { lastOp: 'confirm', owed: true }),
    ],
    ['converging', 'V1 create case 3: created, no payment, the re-drive owed', v1('created', null, { lastOp: 'create', owed: true })],
    ['stuck', 'V1 created, no payment, nothing owed', v1('created', null)],
    ['stuck', 'an orphan reservation (V1 create case 4)', { ...gone, provider: { state: 'trySuccess' } }],
    ['consistent', 'neither side', gone],
    ['consistent', 'only a cancelled provider order', { ...gone, provider: { state: 'cancelled' } }],
    ['consistent', 'V2 mirror = provider', v2(mirror('trySuccess'), { state: 'trySuccess' })],
    ['consistent', 'V2 cancelled mirror, the provider holds nothing', v2(mirror('cancelled'), null)],
    ['converging', 'V2 unknown, the try owed', v2(mirror('unknown', 'try'), null)],
    ['converging', 'V2 matching, but a confirm owed', v2(mirror('trySuccess', 'confirm'), { state: 'confirmed' })],
    ['stuck', 'V2 owed but parked (retries stopped)', v2(mirror('unknown', 'try', true), null)],
    ['stuck', 'V2 cancelled mirror while the provider still reserves (a hanging try)', v2(mirror('cancelled'), { state: 'trySuccess' })],
    [
      'stuck',
      'V2 mirror trySuccess while the provider confirmed, nothing owed',
      v2(mirror('trySuccess'), { state: 'confirmed' }, 'deleting'),
    ],
  ] as const)('%s: %s', (verdict, _name, sides) => {
    expect(verdictOf(sides)).toBe(verdict);
  });
});
