import { error } from './responses';

const mutating = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Wraps every route handler: refuses a mutating request from another origin (a page on another
 * site must not switch faults or reset the lab through the user's browser), and turns a bug into
 * a 500 in the error shape — logged in full on the server, never a stack trace to the client.
 */
export function route<A extends unknown[]>(handler: (req: Request, ...rest: A) => Promise<Response> | Response) {
  return async (req: Request, ...rest: A): Promise<Response> => {
    if (mutating.has(req.method) && !sameOrigin(req)) {
      return error('forbidden_origin', 'cross-origin requests may not change the lab');
    }
    try {
      return await handler(req, ...rest);
    } catch (cause) {
      console.error(`${req.method} ${new URL(req.url).pathname} failed:`, cause);
      return Response.json({ error: { code: 'internal', message: 'internal error; see the server log' } }, { status: 500 });
    }
  };
}

/** No Origin header (curl, the lab's own RPC client) or the lab's own host. */
function sameOrigin(req: Request): boolean {
  const origin = req.headers.get('origin');
  if (!origin) return true;
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
