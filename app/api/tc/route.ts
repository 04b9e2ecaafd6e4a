import { readTcLog, tcLogPageSchema } from '@/lib/coordinator/tc-log-page';
import { zodMessage } from '@/lib/http/zod-message';
import { error, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import { getLab } from '@/lib/lab';

export const dynamic = 'force-dynamic';

/** GET /api/tc: the coordinator's log, newest first, paginated — whether it is up, and each global transaction with its branches. */
export const GET = route(async (req: Request) => {
  const page = tcLogPageSchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!page.success) return error('bad_request', zodMessage(page.error));
  const { audit, tc } = getLab();
  return json(readTcLog(audit.tcDb, tc.isUp(), page.data));
});
