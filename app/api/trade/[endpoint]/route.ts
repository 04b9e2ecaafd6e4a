import { z } from 'zod';
import { readJson } from '@/lib/http/read-json';
import { error, errorResponse, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import { getLab } from '@/lib/lab';
import { isTradeBranchEndpoint } from '@/lib/trade/trade-branch-contract';
import { handleTradeBranchRequest } from '@/lib/trade/trade-branch';

/** The trade service's branch of a global transaction (V3): its Confirm or Cancel, sent by the coordinator. */
export const POST = route(async (req: Request, ctx: RouteContext<'/api/trade/[endpoint]'>) => {
  const { endpoint } = await ctx.params;
  if (!isTradeBranchEndpoint(endpoint)) return error('not_found', `no trade branch endpoint ${endpoint}`);
  const body = await readJson(req, z.unknown());
  if (!body.ok) return errorResponse(body.error);
  const reply = await handleTradeBranchRequest(getLab().trade, endpoint, body.value);
  return json(reply.body, reply.status);
});
