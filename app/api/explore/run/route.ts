import { readJson } from '@/lib/http/read-json';
import { errorResponse, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import { oneAtATime } from '@/lib/one-at-a-time';
import { explore } from '@/lib/explore/explore';
import { explorerKit } from '@/lib/explorer-kit';
import { exploreOptionsSchema } from '@/lib/explore/explore-options';
import { exploreRunBodySchema } from '@/lib/explore/explore-report-schema';
import { exploreRunProgress } from '@/lib/explore/explore-progress';

export const dynamic = 'force-dynamic';

export const POST = route(async (req: Request) => {
  const input = await readJson(req, exploreRunBodySchema);
  if (!input.ok) return errorResponse(input.error);
  const options = input.value ?? exploreOptionsSchema.parse({});
  const run = await oneAtATime('schedule exploration', () => exploreRunProgress.track((report) => explore(options, explorerKit, report)));
  return run.ok ? json(run.value) : errorResponse(run.error);
});

/** The exploration in progress, if any: how far it has walked, for a page whose POST is still waiting. */
export const GET = route(() => {
  const progress = exploreRunProgress.current();
  return json({ running: progress !== null, progress });
});
