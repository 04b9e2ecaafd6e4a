import { z } from 'zod';
import { isTcEndpoint } from '@/lib/coordinator/contract';
import { handleTcRequest } from '@/lib/coordinator/endpoints';
import { readJson } from '@/lib/http/read-json';
import { error, errorResponse, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import { getLab } from '@/lib/lab';

/** The coordinator's endpoints, as a TM reaches them: begin, register, commit, rollback, query. */
export const POST = route(async (req: Request, ctx: RouteContext<'/api/tc/[endpoint]'>) => {
  const { endpoint } = await ctx.params;
  if (!isTcEndpoint(endpoint)) return error('not_found', `no coordinator endpoint ${endpoint}`);
  const body = await readJson(req, z.unknown());
  if (!body.ok) return errorResponse(body.error);
  const reply = await handleTcRequest(getLab().tc, endpoint, body.value);
  return json(reply.body, reply.status);
});
