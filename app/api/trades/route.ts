import { getLab } from '@/lib/lab';
import { liveTradeView } from '@/lib/read-model/live-trade-view';
import { listTrades } from '@/lib/read-model/trade-view';
import { tradePageSchema } from '@/lib/read-model/trade-view-schema';
import { zodMessage } from '@/lib/http/zod-message';
import { readJson } from '@/lib/http/read-json';
import { error, errorResponse, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import { successStatus } from '@/lib/http/status';
import { createTrade, createTradeSchema } from '@/lib/trade/create-trade';

export const dynamic = 'force-dynamic';

export const GET = route(async (req: Request) => {
  const page = tradePageSchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!page.success) return error('bad_request', zodMessage(page.error));
  return json(listTrades(getLab().audit, page.data));
});

export const POST = route(async (req: Request) => {
  const input = await readJson(req, createTradeSchema);
  if (!input.ok) return errorResponse(input.error);
  const lab = getLab();
  const created = await createTrade(lab.trade, input.value);
  if (!created.ok) return errorResponse(created.error);
  const view = liveTradeView(lab.audit, lab.trade, created.value.tradeId);
  return json(
    { ...view, replay: created.value.replay, note: created.value.note ?? null },
    created.value.replay ? successStatus.ok : successStatus.created,
  );
});
