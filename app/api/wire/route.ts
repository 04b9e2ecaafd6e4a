import { getLab } from '@/lib/lab';
import { json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** Step mode: the messages and local steps waiting on the wire, oldest first. */
export const GET = route(async () => {
  return json(getLab().wireSnapshot());
});
