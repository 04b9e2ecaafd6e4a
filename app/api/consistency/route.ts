import { consistencyReport } from '@/lib/consistency/consistency-report';
import { json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';
import { getLab } from '@/lib/lab';

export const dynamic = 'force-dynamic';

export const GET = route(() => json(consistencyReport(getLab().audit)));
