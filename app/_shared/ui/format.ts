import type { Words } from './words';

/** 12:01:07.412 — events are milliseconds apart, so the milliseconds matter. */
export function clockTime(at: number): string {
  const d = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}.${String(d.getMilliseconds()).padStart(3, '0')}`;
}

/** Whole seconds until `at`; 0 or less when it is due. */
export const secondsUntil = (at: number, now: number) => Math.round((at - now) / 1000);

/** "in 4 s" / "due" — how long until a scheduled retry, in the reader's language. */
export function untilNow(t: Words, at: number, now: number): string {
  const seconds = secondsUntil(at, now);
  return seconds <= 0 ? t('sides.due') : t('sides.inSeconds', { n: seconds });
}

/** 10,000 — counts, with the thousands marked. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
