import { getLab } from '@/lib/lab';
import { json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export const GET = route(async () => json({ faults: getLab().faults.list() }));
