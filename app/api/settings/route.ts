import { getLab } from '@/lib/lab';
import { readJson } from '@/lib/http/read-json';
import { errorResponse, json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import { settingsPatchSchema } from '@/lib/settings/settings';

export const dynamic = 'force-dynamic';

export const GET = route(async () => json(getLab().getSettings()));

export const PUT = route(async (req: Request) => {
  const patch = await readJson(req, settingsPatchSchema);
  if (!patch.ok) return errorResponse(patch.error);
  return json(getLab().updateSettings(patch.value));
});
