import { z } from 'zod';
import { apiErrorCodes } from './status';

/**
 * The one error shape, `{"error":{"code","message", …details}}`, for the given codes. The
 * details are the ones the lab's failures carry (`fail(…, details)`).
 */
export function errorBodySchema(codes: readonly string[] = apiErrorCodes) {
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
