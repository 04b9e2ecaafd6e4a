import type { z } from 'zod';
import { zodMessage } from '@/lib/http/zod-message';
import {
  branchRequestSchema,
  cancelRequestSchema,
  confirmRequestSchema,
  payOrderRefSchema,
  replyFor,
  tryRequestSchema,
  type PayEndpoint,
  type PayResult,
} from './contract';
import type { WireReply } from '@/lib/protocol/status-rule';
import type { PayService } from './pay-service';

/**
 * The provider's endpoints, independent of any HTTP framework: validate the body, run the
 * operation, answer by the contract's status rule (a body it cannot read is a 400).
 */
export function handlePayRequest(pay: PayService, endpoint: PayEndpoint, body: unknown): WireReply {
  switch (endpoint) {
    case 'try':
      return answer(tryRequestSchema.safeParse(body), pay.try);
    case 'confirm':
      return answer(confirmRequestSchema.safeParse(body), pay.confirm);
    case 'cancel':
      return answer(cancelRequestSchema.safeParse(body), pay.cancel);
    case 'branch-try':
      return answer(branchRequestSchema.safeParse(body), (req) => pay.branch('try', req));
    case 'branch-confirm':
      return answer(branchRequestSchema.safeParse(body), (req) => pay.branch('confirm', req));
    case 'branch-cancel':
      return answer(branchRequestSchema.safeParse(body), (req) => pay.branch('cancel', req));
    case 'query': {
      const parsed = payOrderRefSchema.safeParse(body);
      return parsed.success ? { status: 200, body: pay.query(parsed.data.payOrderId) } : badRequest(parsed.error);
    }
  }
}

function answer<T>(parsed: z.ZodSafeParseResult<T>, run: (req: T) => PayResult): WireReply {
  return parsed.success ? replyFor(run(parsed.data)) : badRequest(parsed.error);
}

function badRequest(error: z.ZodError): WireReply {
  return { status: 400, body: { error: { code: 'bad_request', message: zodMessage(error) } } };
}
