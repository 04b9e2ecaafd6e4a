import type { LabError } from '@/lib/errors/lab-error';
import { statusOf, successStatus, type ApiErrorCode } from './status';

export function json(body: unknown, status: number = successStatus.ok): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}

/** The one error shape: {"error":{"code","message", …details}}, with the code's status. */
export function errorResponse(error: LabError<ApiErrorCode>): Response {
  return json({ error: { code: error.code, message: error.message, ...error.details } }, statusOf(error.code));
}

export function error(code: ApiErrorCode, message: string, details?: Record<string, unknown>): Response {
  return errorResponse({ code, message, details });
}
