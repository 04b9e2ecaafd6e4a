/**
 * Expected failures travel as data with a string code (instanceof does not survive JSON or
 * SSE); only bugs are thrown. Each module that fails publishes its own codes as a union and
 * types its results with it; what a code means over HTTP is decided at the edge alone.
 */
export interface LabError<C extends string> {
  code: C;
  message: string;
  /** Extra fields the client needs, e.g. the trade id of a create that left no trade. */
  details?: Record<string, unknown>;
}

export type Result<T, C extends string> = { ok: true; value: T } | { ok: false; error: LabError<C> };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <C extends string>(code: C, message: string, details?: Record<string, unknown>): Result<never, C> => ({
  ok: false,
  error: { code, message, ...(details ? { details } : {}) },
});
