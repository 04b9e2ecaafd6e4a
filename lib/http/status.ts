import type { Result } from '@/lib/errors/lab-error';
import type { RunCode } from '@/lib/one-at-a-time';
import type { CreateAnswer } from '@/lib/trade/create-answer';
import type { TradeCode } from '@/lib/trade/trade.errors';
import type { WireCode } from '@/lib/wire/wire';
import type { HttpCode } from './http.errors';

/** Every code the lab's modules fail with, each union published by the module that decides it. */
export type ApiErrorCode = HttpCode | TradeCode | WireCode | RunCode;

/**
 * The one code → HTTP status table. `satisfies` makes a module's new code without a status (or a
 * status for a code no module has) a type error.
 */
const statusByCode = {
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
  coordinator_unavailable: 503,
  global_rolled_back: 409,
  outcome_in_doubt: 504,
  not_expired: 409,
  run_in_progress: 409,
  internal: 500,
} as const satisfies Record<ApiErrorCode, number>;

export const statusOf = (code: ApiErrorCode): number => statusByCode[code];

/** Every code, in the table's order. */
export const apiErrorCodes = Object.keys(statusByCode) as ApiErrorCode[];

/** A create that made a trade, and every other success (a create's repeat included). */
export const successStatus = { created: 201, ok: 200 } as const;

/** The API's answer as the reports name it: the success's status, or the error's code. */
export const answerLabel = (result: Result<unknown, ApiErrorCode>, success: keyof typeof successStatus): string =>
  result.ok ? String(successStatus[success]) : result.error.code;

/**
 * The create's answer as the API states it: 201 for a trade made, the refusal's status, 0 for a
 * flow a restart cut off (no answer was sent), null while the flow runs.
 */
export function answerStatusOf(answer: CreateAnswer | null): number | null {
  if (answer === null) return null;
  if (answer === 'created') return successStatus.created;
  if (answer === 'interrupted') return 0;
  if (answer === 'in_doubt') return statusOf('outcome_in_doubt');
  return statusOf(answer);
}
