import { z } from 'zod';
import { readJson } from '@/lib/http/read-json';
import { error, errorResponse, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import { getLab } from '@/lib/lab';

/** POST /api/tc/restart: nothing to choose; a body, if sent, must be empty. */
const restartSchema = z.object({}).strict().optional();

/** A coordinator a crash fault took down comes back and resumes everything in flight from tc.db alone. */
export const POST = route(async (req: Request) => {
  const body = await readJson(req, restartSchema);
  if (!body.ok) return errorResponse(body.error);
  const { tc } = getLab();
  if (tc.isUp()) return error('illegal_transition', 'the coordinator is up: there is nothing to restart');
  return json(await tc.restart());
});
