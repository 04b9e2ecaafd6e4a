import { z } from 'zod';
import { getLab } from '@/lib/lab';
import { readJson } from '@/lib/http/read-json';
import { errorResponse, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import { runRecoverySweep } from '@/lib/recovery/sweep';

const sweepSchema = z.object({ force: z.boolean().optional() }).strict().optional();

export const POST = route(async (req: Request) => {
  const options = await readJson(req, sweepSchema);
  if (!options.ok) return errorResponse(options.error);
  return json(await runRecoverySweep(getLab().trade, options.value ?? {}));
});
