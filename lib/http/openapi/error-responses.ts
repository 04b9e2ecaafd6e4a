import { bodyCodes } from '@/lib/http/http.errors';
import { statusOf, type ApiErrorCode } from '@/lib/http/status';
import type { Operation } from './operation';

const mutating = new Set(['post', 'put', 'delete']);

/**
 * The error codes an operation may answer with, by status: its own, those its body implies
 * (readJson), the cross-origin refusal of route() for a mutating method,
 * and route()'s 500 for a bug.
 */
export function errorCodesByStatus(op: Operation): Map<number, string[]> {
  const codes = new Set<ApiErrorCode>(op.errors ?? []);
  if (op.body) bodyCodes.forEach((c) => codes.add(c));
  if (mutating.has(op.method)) codes.add('forbidden_origin');
  const byStatus = new Map<number, string[]>();
  for (const code of codes) byStatus.set(statusOf(code), [...(byStatus.get(statusOf(code)) ?? []), code]);
  byStatus.set(statusOf('internal'), ['internal']);
  return byStatus;
}
