import { getLab } from '@/lib/lab';
import { eventStream, parseCursor } from '@/lib/events/event-stream';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export const GET = route(async (req: Request) => {
  const lab = getLab();
  return new Response(eventStream(lab.tradeDb, lab.events, lab.wireSnapshot, parseCursor(req), req.signal), {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    },
  });
});
