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

export function recordFence(db: PayDb, payOrderId: string, op: Operation, outcome: 'done' | 'empty', answer: PayAnswer, at: number): void {
  const p = sql.placeholder;
  prepared(db, 'insertFence', () =>
    db.insert(fence).values({ payOrderId: p('payOrderId'), op: p('op'), outcome: p('outcome'), answer: p('answer'), at: p('at') }).onConflictDoNothing().prepare(),
  ).run({ payOrderId, op, outcome, answer, at });
}

/** Idempotency: a repeat of an operation the fence has seen gets the first answer again, and is logged. */
export function answerRepeat(db: PayDb, at: number, payOrderId: string, op: Operation, tradeId?: string): PayResult | undefined {
  const row = fenceRow(db, payOrderId, op);
  if (!row) return undefined;
  recordPayEvent(db, at, payOrderId, tradeId ?? row.answer.payOrder?.tradeId ?? null, `${op}.replayed`, { fence: 'idempotency' });
  return { ok: true, answer: { ...row.answer, replay: true } };
}
