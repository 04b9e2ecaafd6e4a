import { getLab } from '@/lib/lab';
import { handlePayRequest, payOps, type PayOp } from '@/lib/pay/pay-api';
import { readJson } from '@/lib/http/read-json';
import { error, errorResponse, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import { z } from 'zod';

/** The provider's RPC endpoints: try, confirm, cancel, query. */
export const POST = route(async (req: Request, ctx: RouteContext<'/api/pay/[op]'>) => {
  const { op } = await ctx.params;
  if (!(payOps as readonly string[]).includes(op)) return error('not_found', `no pay operation ${op}`);
  const body = await readJson(req, z.unknown());
  if (!body.ok) return errorResponse(body.error);
  const reply = handlePayRequest(getLab().pay, op as PayOp, body.value);
  return json(reply.body, reply.status);
});
