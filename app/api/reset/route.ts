import { getLab } from '@/lib/lab';
import { json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';

export const POST = route(async () => {
  await getLab().reset();
  return json({ reset: true });
});
