/**
 * The lab's status rule, written once for every service and its callers: 200 is a definite
 * success, 409 a definite failure, anything else (or no reply at all) no definite answer.
 */

/** An answer on the wire. */
export interface WireReply {
  status: number;
  body: unknown;
}

/**
 * The three outcomes of a network call, as the caller sees them: only the first two are
 * definite. A refusal whose body the caller cannot read is still definite: `rejected`.
 */
export type CallOutcome<Value, Code extends string> =
  { kind: 'success'; value: Value } | { kind: 'failure'; code: Code | 'rejected'; message: string } | { kind: 'unknown'; reason: string };

/** What a service decided: a definite success or a definite refusal with its code. */
export type Decided<Value, Code extends string> = { ok: true; answer: Value } | { ok: false; rejection: { code: Code; message: string } };

const definite = { success: 200, failure: 409 } as const;

/** The service's side of the rule. */
export function replyOf<Value, Code extends string>(decided: Decided<Value, Code>): WireReply {
  return decided.ok ? { status: definite.success, body: decided.answer } : { status: definite.failure, body: { error: decided.rejection } };
}

/** The caller's side of the rule, knowing the codes the service refuses with. */
export function readReply<Value, Code extends string>(reply: WireReply, codes: readonly Code[], refused: string): CallOutcome<Value, Code> {
  if (reply.status === definite.success) return { kind: 'success', value: reply.body as Value };
  if (reply.status === definite.failure) {
    const error = (reply.body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    const code = codes.find((c) => c === error?.code) ?? 'rejected';
    return { kind: 'failure', code, message: typeof error?.message === 'string' ? error.message : refused };
  }
  return { kind: 'unknown', reason: `HTTP ${reply.status} is not a definite answer` };
}
