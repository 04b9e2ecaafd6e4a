import type { LabSettings } from '@/lib/settings/settings';
import type { RetryPolicy } from '@/lib/trade/trade-context';

/**
 * Exponential backoff with jitter: the wait before retry number `attempt` (1-based),
 * base · 2^(attempt−1), capped, then spread by ± jitter so many orders do not retry in step.
 */
export function backoffDelayMs(attempt: number, backoff: LabSettings['backoff'], random: () => number = Math.random): number {
  const exponential = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
  const spread = exponential * backoff.jitter * (random() * 2 - 1);
  return Math.max(0, Math.round(exponential + spread));
}

/** The retry policy the trade service is handed: backoff between attempts, parked after the last. */
export function backoffPolicy(backoff: () => LabSettings['backoff'], random: () => number = Math.random): RetryPolicy {
  return {
    nextRetryAt(attempt, at) {
      const current = backoff();
      return attempt >= current.maxAttempts ? null : at + backoffDelayMs(attempt, current, random);
    },
  };
}
