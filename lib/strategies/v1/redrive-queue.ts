import { and, asc, isNull, lte, or, sql } from 'drizzle-orm';
import type { TradeDb } from '@/db/trade/client';
import { tradeRequest } from '@/db/trade/schema';
import { asRequest } from '@/lib/trade/rows';
import type { RequestRow } from '@/lib/trade/rows';

/** V1 trades whose last operation the lab still owes a re-drive, due now (or all, when forced). */
export function owedRedrives(db: TradeDb, now: number, force: boolean): RequestRow[] {
  const due = force ? undefined : or(isNull(tradeRequest.nextRedriveAt), lte(tradeRequest.nextRedriveAt, now));
  return db
    .select()
    .from(tradeRequest)
    .where(and(sql`${tradeRequest.redrive} = 'owed'`, due))
    .orderBy(asc(tradeRequest.nextRedriveAt))
    .all()
    .map(asRequest);
}
