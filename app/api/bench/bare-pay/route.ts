import { dataDir } from '@/db/open';
import { bareCommits } from '@/lib/bench/bare-commits';
import { error, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';

/** The far end of the bare route's hop: one commit on the second file. Bench only. */
export const POST = route(async () => {
  if (process.env.LAB_BENCH !== '1') return error('not_found', 'no such route');
  bareCommits(dataDir()).run(0, 1);
  return json({ ok: true }, 201);
});
