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
      return error('internal', 'internal error; see the server log');
    }
  };
}

/**
 * The lab's own host (loopback, or the HOST it was started on) — which also stops a page whose
 * name was re-pointed at 127.0.0.1 (DNS rebinding) — and no Origin (curl, the RPC client) or
 * an Origin on that same host.
 */
function sameOrigin(req: Request): boolean {
  const host = req.headers.get('host') ?? new URL(req.url).host;
  if (!labHost(host)) return false;
  const origin = req.headers.get('origin');
  if (!origin) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function labHost(host: string): boolean {
  const configured = process.env.HOST?.toLowerCase();
  // Served on every interface on purpose (with a warning at start): any name may reach it.
  if (configured === '0.0.0.0' || configured === '::') return true;
  const name = host.replace(/:\d+$/, '').toLowerCase();
  return ['127.0.0.1', 'localhost', '[::1]'].includes(name) || name === configured;
}
