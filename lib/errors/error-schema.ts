import { z } from 'zod';
import { errorStatus, type ErrorCode } from './lab-error';

/** What `route()` answers for a bug: the one code that has no status in `errorStatus`. */
export const internalErrorCode = 'internal';

const errorCodes = Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]];

/**
 * The one error shape, `{"error":{"code","message", …details}}`, for the given codes. The
 * details are the ones the lab's failures carry (lab-error.ts `fail(…, details)`).
 */
export function errorBodySchema(codes: readonly string[] = [...errorCodes, internalErrorCode]) {
  return z
    .object({
      error: z
        .object({
          code: z.enum(codes as [string, ...string[]]),
          message: z.string(),
          /** A create that left no trade still names the trade id it took. */
          tradeId: z.string().optional(),
          /** True when an earlier request with the same idempotency key gave this answer. */
          replay: z.boolean().optional(),
        })
        .strict(),
    })
    .strict();
}
