import { readJson } from '@/lib/http/read-json';
import { errorResponse, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import { oneAtATime } from '@/lib/one-at-a-time';
import { chaosRunProgress } from '@/lib/chaos/chaos-progress';
import { chaosOptionsSchema } from '@/lib/chaos/chaos-options';
import { chaosRunBodySchema } from '@/lib/chaos/chaos-report-schema';
import { chaosRun } from '@/lib/chaos/chaos-run';

export const dynamic = 'force-dynamic';

export const POST = route(async (req: Request) => {
  const input = await readJson(req, chaosRunBodySchema);
  if (!input.ok) return errorResponse(input.error);
  const options = input.value ?? chaosOptionsSchema.parse({});
  const run = await oneAtATime('chaos run', () => chaosRunProgress.track((report) => chaosRun(options, report)));
  return run.ok ? json(run.value) : errorResponse(run.error);
});

/** The run in progress, if any: how far it got, for a page whose POST is still waiting. */
export const GET = route(() => {
  const progress = chaosRunProgress.current();
  return json({ running: progress !== null, progress });
});
