import { z } from 'zod';
import { runEveryCase } from '@/lib/cases/run-every-case';
import { readJson } from '@/lib/http/read-json';
import { errorResponse, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import { oneAtATime } from '@/lib/one-at-a-time';

export const dynamic = 'force-dynamic';

// Nothing to choose yet: the run always takes the note's whole table; a body, if sent, must be empty.
const runSchema = z.object({}).strict().optional();

export const POST = route(async (req: Request) => {
  const input = await readJson(req, runSchema);
  if (!input.ok) return errorResponse(input.error);
  const run = await oneAtATime('case matrix run', () => runEveryCase());
  return run.ok ? json(run.value) : errorResponse(run.error);
});
