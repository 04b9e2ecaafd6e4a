import { and, eq, sql } from 'drizzle-orm';
import { prepared } from '@/db/prepared';
import { fence } from '@/db/pay/schema';
import type { Operation } from '@/lib/pay-order/pay-order.machine';
import type { PayAnswer } from '@/lib/rpc/pay-contract';
import { recordPayEvent, type PayResult } from './pay-context';
import type { PayDb } from '@/db/pay/client';

export function fenceRow(db: PayDb, payOrderId: string, op: Operation) {
  return prepared(db, 'fenceRow', () =>
    db.select().from(fence).where(and(eq(fence.payOrderId, sql.placeholder('payOrderId')), eq(fence.op, sql.placeholder('op')))).prepare(),
  ).get({ payOrderId, op });
}

/** Idempotency: the first answer stored for this pay order and operation, replayed as such. */
export function replayed(db: PayDb, payOrderId: string, op: Operation): PayAnswer | undefined {
  const row = fenceRow(db, payOrderId, op);
  return row ? { ...(row.answer as unknown as PayAnswer), replay: true } : undefined;
}

export function recordFence(db: PayDb, payOrderId: string, op: Operation, outcome: 'done' | 'empty', answer: PayAnswer, at: number): void {
  const p = sql.placeholder;
  prepared(db, 'insertFence', () =>
    db.insert(fence).values({ payOrderId: p('payOrderId'), op: p('op'), outcome: p('outcome'), answer: p('answer'), at: p('at') }).onConflictDoNothing().prepare(),
  ).run({ payOrderId, op, outcome, answer, at });
}

/** A repeat of an operation the fence has seen: the first answer again, and the repeat logged. */
export function answerRepeat(db: PayDb, at: number, payOrderId: string, op: Operation, tradeId?: string): PayResult | undefined {
  const first = replayed(db, payOrderId, op);
  if (!first) return undefined;
  recordPayEvent(db, at, payOrderId, tradeId ?? first.payOrder?.tradeId ?? null, `${op}.replayed`, { fence: 'idempotency' });
  return { ok: true, answer: first };
}
