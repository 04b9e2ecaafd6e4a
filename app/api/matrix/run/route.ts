import { matrixRunOptionsSchema } from '@/lib/cases/case-matrix-schema';
import { runEveryCase } from '@/lib/cases/run-every-case';
import { readJson } from '@/lib/http/read-json';
import { errorResponse, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import { oneAtATime } from '@/lib/one-at-a-time';

export const dynamic = 'force-dynamic';

export const POST = route(async (req: Request) => {
  const input = await readJson(req, matrixRunOptionsSchema);
  if (!input.ok) return errorResponse(input.error);
  const run = await oneAtATime('case matrix run', () => runEveryCase());
  return run.ok ? json(run.value) : errorResponse(run.error);
});
