import { dataDir } from '@/db/open';
import { bareCommits } from '@/lib/bench/bare-commits';
import { error, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';

/**
 * The benchmark's bare route: the same commits as one POST /api/trades (V2: two on trade.db,
 * one on pay.db), nothing else. It exists only when the server runs for `npm run bench`.
 */
export const POST = route(async () => {
  if (process.env.LAB_BENCH !== '1') return error('not_found', 'no such route');
  bareCommits(dataDir()).run(2, 1);
  return json({ ok: true }, 201);
});
