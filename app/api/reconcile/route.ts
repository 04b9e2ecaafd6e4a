import { z } from 'zod';
import { defaultGraceMs } from '@/lib/consistency/invariants';
import { readJson } from '@/lib/http/read-json';
import { errorResponse, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import { getLab } from '@/lib/lab';

const reconcileSchema = z
  .object({ graceMs: z.number().int().min(0).optional() })
  .strict()
  .optional();

export const POST = route(async (req: Request) => {
  const input = await readJson(req, reconcileSchema);
  if (!input.ok) return errorResponse(input.error);
  return json(await getLab().reconcile({ graceMs: input.value?.graceMs ?? defaultGraceMs }));
});
