import { internalErrorCode } from '@/lib/errors/error-schema';
import { errorStatus, type ErrorCode } from '@/lib/errors/lab-error';
import type { Operation } from './operation';

/** What readJson may refuse a body with. */
const bodyErrors: ErrorCode[] = ['bad_request', 'invalid_json', 'payload_too_large', 'unsupported_media_type'];
const mutating = new Set(['post', 'put', 'delete']);

/**
 * The error codes an operation may answer with, by status: its own, those its body implies
 * (readJson), the cross-origin refusal of route() for a mutating method,
 * and route()'s 500 for a bug.
 */
export function errorCodesByStatus(op: Operation): Map<number, string[]> {
  const codes = new Set<ErrorCode>(op.errors ?? []);
  if (op.body) bodyErrors.forEach((c) => codes.add(c));
  if (mutating.has(op.method)) codes.add('forbidden_origin');
  const byStatus = new Map<number, string[]>();
  for (const code of codes) byStatus.set(errorStatus[code], [...(byStatus.get(errorStatus[code]) ?? []), code]);
  byStatus.set(500, [internalErrorCode]);
  return byStatus;
}
