import { getLab } from '@/lib/lab';
import { faultSettingSchema, isFaultId } from '@/lib/faults/catalog';
import { readJson } from '@/lib/http/read-json';
import { error, errorResponse, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';

export const PUT = route(async (req: Request, ctx: RouteContext<'/api/faults/[id]'>) => {
  const { id } = await ctx.params;
  if (!isFaultId(id)) return error('not_found', `no fault ${id} in the catalog`);
  const setting = await readJson(req, faultSettingSchema);
  if (!setting.ok) return errorResponse(setting.error);
  return json(getLab().faults.set(id, setting.value));
});
