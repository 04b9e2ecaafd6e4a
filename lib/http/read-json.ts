import type { z } from 'zod';
import { fail, ok, type Result } from '@/lib/errors/lab-error';
import type { BodyCode } from './http.errors';
import { zodMessage } from './zod-message';

/** Bodies are small JSON documents; anything bigger is refused before it is parsed. */
export const maxBodyBytes = 16 * 1024;

/**
 * Reads a JSON body and validates it. Only `application/json` is accepted: a form post from
 * another site cannot send it without a CORS preflight, which the lab never grants.
 */
export async function readJson<S extends z.ZodType>(req: Request, schema: S): Promise<Result<z.output<S>, BodyCode>> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > maxBodyBytes) return fail('payload_too_large', `the body must be at most ${maxBodyBytes} bytes`);
  const text = await req.text();
  if (Buffer.byteLength(text) > maxBodyBytes) return fail('payload_too_large', `the body must be at most ${maxBodyBytes} bytes`);
  let body: unknown;
  // An empty body is "no arguments"; the schema decides whether that is enough.
  if (text.length > 0) {
    const type = req.headers.get('content-type') ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      return fail('unsupported_media_type', 'the body must be JSON, sent with Content-Type: application/json');
    }
    try {
      body = JSON.parse(text);
    } catch {
      return fail('invalid_json', 'the body is not valid JSON');
    }
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? ok(parsed.data) : fail('bad_request', zodMessage(parsed.error));
}
