import { describe, expect, it } from 'vitest';
import { backoffDelayMs, backoffPolicy } from './backoff';

const backoff = { baseMs: 100, maxMs: 1_000, maxAttempts: 5, jitter: 0 };

describe('backoffDelayMs: exponential, capped, spread by jitter', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffDelayMs(attempt, backoff))).toEqual([100, 200, 400, 800, 1_000, 1_000]);
  });

  it('spreads each wait by at most ± jitter, as the draw says', () => {
    const jittered = { ...backoff, jitter: 0.2 };
    expect(backoffDelayMs(3, jittered, () => 0)).toBe(320);
    expect(backoffDelayMs(3, jittered, () => 0.5)).toBe(400);
    expect(backoffDelayMs(3, jittered, () => 0.999_999)).toBe(480);
  });
});

describe('backoffPolicy: what the trade service is handed', () => {
  it('schedules the next try after each failed attempt, and none after the last', () => {
    const policy = backoffPolicy(() => backoff);
    expect(policy.nextRetryAt(1, 10_000)).toBe(10_100);
    expect(policy.nextRetryAt(4, 10_000)).toBe(10_800);
    expect(policy.nextRetryAt(5, 10_000)).toBeNull();
  });

  it('reads the settings at each decision, so a change applies to the next retry', () => {
    let current = backoff;
    const policy = backoffPolicy(() => current);
    current = { ...backoff, baseMs: 10, maxAttempts: 2 };
    expect(policy.nextRetryAt(1, 0)).toBe(10);
    expect(policy.nextRetryAt(2, 0)).toBeNull();
  });
});
