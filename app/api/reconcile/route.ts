import { defaultGraceMs } from '@/lib/consistency/invariants';
import { readJson } from '@/lib/http/read-json';
import { errorResponse, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import { getLab } from '@/lib/lab';
import { reconcileOptionsSchema } from '@/lib/pay/reconcile-schema';

export const POST = route(async (req: Request) => {
  const input = await readJson(req, reconcileOptionsSchema);
  if (!input.ok) return errorResponse(input.error);
  return json(await getLab().reconcile({ graceMs: input.value?.graceMs ?? defaultGraceMs }));
});
