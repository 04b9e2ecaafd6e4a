import { z } from 'zod';
import type { TcDb } from '@/db/tc/client';
import { globalViewSchema } from './answer-schema';
import { countGlobals, globalsPage, viewOf } from './tc-log';

const time = z.number().int().describe('milliseconds since the epoch');

/** GET /api/tc's query: newest first, `before` the cursor of the previous page (an xid's number), one trade's if named. */
export const tcLogPageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  before: z.coerce.number().int().min(1).optional(),
  tradeId: z.string().min(1).max(64).optional().describe("only this trade's global transactions"),
});
export type TcLogPage = z.infer<typeof tcLogPageSchema>;

/** A global transaction as a person reads the log: the TC's view of it, with its times. */
export const loggedGlobalSchema = globalViewSchema.extend({
  begunAt: time,
  updatedAt: time.describe('when it last moved'),
  timeoutAt: time.describe('still Begin after this, the TC rolls it back itself'),
  nextRetryAt: time.nullable().describe("phase 2's next round; null when none is scheduled"),
});

export const tcLogSchema = z.object({
  up: z.boolean().describe('whether the coordinator answers now (a crash fault takes it down until restarted)'),
  items: z.array(loggedGlobalSchema),
  total: z.number().int().describe('global transactions in the log (of the trade, if one is named)'),
  nextBefore: z.number().int().nullable().describe('the `before` of the next page; null on the last'),
});
export type TcLog = z.infer<typeof tcLogSchema>;

/**
 * The coordinator's log, one page of it, as a person reads it: read from tc.db alone, whether the
 * TC is up or not (a TC that is down still has its log; that is what a restart resumes from).
 */
export function readTcLog(db: TcDb, up: boolean, page: TcLogPage): TcLog {
  const rows = globalsPage(db, page);
  const items = rows.map((row) => ({
    ...viewOf(db, row),
    begunAt: row.begunAt,
    updatedAt: row.updatedAt,
    timeoutAt: row.timeoutAt,
    nextRetryAt: row.nextRetryAt,
  }));
  const last = rows.at(-1);
  return { up, items, total: countGlobals(db, page.tradeId), nextBefore: rows.length === page.limit && last ? last.id : null };
}
