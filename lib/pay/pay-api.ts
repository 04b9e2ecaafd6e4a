import type { z } from 'zod';
import { cancelRequestSchema, confirmRequestSchema, payOrderRefSchema, tryRequestSchema } from '@/lib/rpc/pay-contract';
import { zodMessage } from '@/lib/http/zod-message';
import type { PayResult } from './pay-context';
import type { PayService } from './pay-service';

export const payOps = ['try', 'confirm', 'cancel', 'query'] as const;
export type PayOp = (typeof payOps)[number];

export interface WireResponse {
  status: number;
  body: unknown;
}

/**
 * The provider's side of the wire contract, independent of any HTTP framework: validate the
 * body, run the operation, answer 200 for a definite success and 409 for a definite failure.
 */
export function handlePayRequest(pay: PayService, op: PayOp, body: unknown): WireResponse {
  switch (op) {
    case 'try':
      return answer(tryRequestSchema.safeParse(body), pay.try);
    case 'confirm':
      return answer(confirmRequestSchema.safeParse(body), pay.confirm);
    case 'cancel':
      return answer(cancelRequestSchema.safeParse(body), pay.cancel);
    case 'query': {
      const parsed = payOrderRefSchema.safeParse(body);
      return parsed.success ? { status: 200, body: pay.query(parsed.data.payOrderId) } : badRequest(parsed.error);
    }
  }
}

function answer<T>(parsed: z.ZodSafeParseResult<T>, run: (req: T) => PayResult): WireResponse {
  if (!parsed.success) return badRequest(parsed.error);
  const result = run(parsed.data);
  return result.ok ? { status: 200, body: result.answer } : { status: 409, body: { error: result.rejection } };
}

function badRequest(error: z.ZodError): WireResponse {
  return { status: 400, body: { error: { code: 'bad_request', message: zodMessage(error) } } };
}
