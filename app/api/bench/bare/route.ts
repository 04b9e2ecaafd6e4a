import { dataDir } from '@/db/open';
import { bareCommits } from '@/lib/bench/bare-commits';
import { error, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';

/**
 * The benchmark's bare route: the same commits as one POST /api/trades (V2: two on trade.db,
 * one on pay.db), nothing else — with `?hop=1`, the pay commit behind the same kind of HTTP hop.
 * It exists only when the server runs for `npm run bench`.
 */
export const POST = route(async (req: Request) => {
  if (process.env.LAB_BENCH !== '1') return error('not_found', 'no such route');
  const bare = bareCommits(dataDir());
  if (new URL(req.url).searchParams.get('hop') === '1') await bare.runWithHop(new URL(`http://127.0.0.1:${process.env.PORT ?? '3000'}`));
  else bare.run(2, 1);
  return json({ ok: true }, 201);
});
