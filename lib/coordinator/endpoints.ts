import type { z } from 'zod';
import { replyOf, type WireReply } from '@/lib/protocol/status-rule';
import { zodMessage } from '@/lib/http/zod-message';
import {
  beginRequestSchema,
  commitRequestSchema,
  queryRequestSchema,
  registerRequestSchema,
  rollbackRequestSchema,
  tcDownCode,
  type TcEndpoint,
} from './contract';
import type { Coordinator, TcReply } from './coordinator';

/**
 * The coordinator's endpoints, independent of any HTTP framework: validate the body, ask the TC,
 * answer by the lab's status rule — 200 a definite answer, 409 a definite refusal — and, while
 * the TC is down, 503: to the caller, no definite answer at all.
 */
export async function handleTcRequest(tc: Coordinator, endpoint: TcEndpoint, body: unknown): Promise<WireReply> {
  switch (endpoint) {
    case 'begin':
      return answer(beginRequestSchema.safeParse(body), (request) => tc.begin(request));
    case 'register':
      return answer(registerRequestSchema.safeParse(body), (request) => tc.register(request));
    case 'commit':
      return answer(commitRequestSchema.safeParse(body), (request) => tc.commit(request.xid));
    case 'rollback':
      return answer(rollbackRequestSchema.safeParse(body), (request) => tc.rollback(request));
    case 'query':
      return answer(queryRequestSchema.safeParse(body), (request) => tc.query(request.xid));
  }
}

async function answer<T, A>(parsed: z.ZodSafeParseResult<T>, ask: (request: T) => Promise<TcReply<A>>): Promise<WireReply> {
  if (!parsed.success) return { status: 400, body: { error: { code: 'bad_request', message: zodMessage(parsed.error) } } };
  const reply = await ask(parsed.data);
  if ('down' in reply) return { status: 503, body: { error: { code: tcDownCode, message: 'the coordinator is down' } } };
  return replyOf(reply);
}
