import { errorStatus, type ErrorCode, type LabError } from '@/lib/errors/lab-error';

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}

/** The one error shape: {"error":{"code","message", …details}}. */
export function errorResponse(error: LabError): Response {
  return json({ error: { code: error.code, message: error.message, ...error.details } }, errorStatus[error.code]);
}

export function error(code: ErrorCode, message: string, details?: Record<string, unknown>): Response {
  return errorResponse({ code, message, details });
}
