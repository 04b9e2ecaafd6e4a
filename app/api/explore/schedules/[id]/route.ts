import { replaySchedule } from '@/lib/explore/explore';
import { explorerKit } from '@/lib/explorer-kit';
import { error, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** One schedule played again from its id, in a scratch lab of its own: a counterexample opened from a link. */
export const GET = route(async (_req: Request, ctx: RouteContext<'/api/explore/schedules/[id]'>) => {
  const { id } = await ctx.params;
  const replayed = await replaySchedule(id, explorerKit);
  return replayed
    ? json(replayed)
    : error('not_found', `no schedule ${id}: an id reads strategy.fence.sequence.dDEPTH.decisions, e.g. v1.on.create-confirm.d3.01`);
});
