import { getLab } from '@/lib/lab';
import { isPayEndpoint } from '@/lib/pay/contract';
import { readJson } from '@/lib/http/read-json';
import { error, errorResponse, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import { z } from 'zod';

/**
 * The provider's RPC endpoints: try, confirm, cancel, query, and a global transaction's pay
 * branch (branch-try, -confirm, -cancel) — answered as the lab's services answer them, after the
 * provider's latency.
 */
export const POST = route(async (req: Request, ctx: RouteContext<'/api/pay/[op]'>) => {
  const { op } = await ctx.params;
  if (!isPayEndpoint(op)) return error('not_found', `no pay operation ${op}`);
  const body = await readJson(req, z.unknown());
  if (!body.ok) return errorResponse(body.error);
  const reply = await getLab().services.pay(op, body.value);
  return json(reply.body, reply.status);
});
