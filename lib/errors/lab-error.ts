/**
 * Expected failures travel as data with a string code (instanceof does not survive JSON or
 * SSE); only bugs are thrown. The HTTP status for each code is chosen in one place.
 */
export const errorStatus = {
  bad_request: 400,
  invalid_json: 400,
  forbidden_origin: 403,
  not_found: 404,
  illegal_transition: 409,
  payment_rejected: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_conflict: 422,
  local_tx_failed: 503,
  payment_unknown: 504,
  not_expired: 409,
  run_in_progress: 409,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(errorStatus, code);

export interface LabError {
  code: ErrorCode;
  message: string;
  /** Extra fields the client needs, e.g. the trade id of a create that left no trade. */
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: LabError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: Record<string, unknown>): Result<never> => ({
  ok: false,
  error: { code, message, ...(details ? { details } : {}) },
});
