import { getLab } from '@/lib/lab';
import { readJson } from '@/lib/http/read-json';
import { errorResponse, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import { runRecoverySweep } from '@/lib/recovery/sweep';
import { sweepOptionsSchema } from '@/lib/recovery/sweep-schema';

export const POST = route(async (req: Request) => {
  const options = await readJson(req, sweepOptionsSchema);
  if (!options.ok) return errorResponse(options.error);
  return json(await runRecoverySweep(getLab().trade, options.value ?? {}));
});
