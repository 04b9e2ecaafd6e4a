import { getLab } from '@/lib/lab';
import { readJson } from '@/lib/http/read-json';
import { errorResponse, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import { wireActionSchema } from '@/lib/wire/wire-schema';

/** What to do with one held message: deliver it, lose its request or reply, deliver it late or twice, reject it — or commit, fail or crash a local step. */
export const POST = route(async (req: Request, ctx: RouteContext<'/api/wire/[id]'>) => {
  const { id } = await ctx.params;
  const input = await readJson(req, wireActionSchema);
  if (!input.ok) return errorResponse(input.error);
  const acted = getLab().wire.act(id, input.value.action);
  return acted.ok ? json(acted.value) : errorResponse(acted.error);
});
