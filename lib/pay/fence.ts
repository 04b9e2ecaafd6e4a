import { and, eq, sql } from 'drizzle-orm';
import { prepared } from '@/db/prepared';
import { fence } from '@/db/pay/schema';
import type { PayDb } from '@/db/pay/client';
import type { Operation } from '@/lib/pay-order/pay-order.machine';
import type { PayAnswer, PayRejection, PayResult } from './contract';
import { recordPayEvent, reject, type Refused } from './pay-context';
import { rejectedEvent, replayedEvent } from './pay-events';

/** What the fence keeps of a refused try or confirm, so that a repeat is refused the same way. */
export interface FencedRejection {
  op: Operation;
  rejection: PayRejection;
}

/** The first answer to an operation, replayed to every repeat of it. */
export type FenceAnswer = PayAnswer | FencedRejection;

export type FenceRow = Omit<typeof fence.$inferSelect, 'op' | 'answer'> & { op: Operation; answer: FenceAnswer };

export function fenceRow(db: PayDb, payOrderId: string, op: Operation): FenceRow | undefined {
  const row = prepared(db, 'fenceRow', () =>
    db
      .select()
      .from(fence)
      .where(and(eq(fence.payOrderId, sql.placeholder('payOrderId')), eq(fence.op, sql.placeholder('op'))))
      .prepare(),
  ).get({ payOrderId, op });
  // The fence is the only writer of its rows: what it reads back is what recordFence wrote.
  return row && { ...row, op, answer: row.answer as FenceAnswer };
}

export function recordFence(
  db: PayDb,
  payOrderId: string,
  op: Operation,
  outcome: 'done' | 'empty' | 'rejected',
  answer: FenceAnswer,
  at: number,
): void {
  const p = sql.placeholder;
  prepared(db, 'insertFence', () =>
    db
      .insert(fence)
      .values({ payOrderId: p('payOrderId'), op: p('op'), outcome: p('outcome'), answer: p('answer'), at: p('at') })
      .onConflictDoNothing()
      .prepare(),
  ).run({ payOrderId, op, outcome, answer, at });
}

/** Idempotency: a repeat of an operation the fence has seen gets the first answer again — a refusal too — and is logged. */
export function answerRepeat(db: PayDb, at: number, payOrderId: string, op: Operation, tradeId?: string): PayResult | undefined {
  const row = fenceRow(db, payOrderId, op);
  if (!row) return undefined;
  const { answer } = row;
  const refused = 'rejection' in answer;
  recordPayEvent(db, at, payOrderId, tradeId ?? (refused ? null : answer.payOrder?.tradeId) ?? null, replayedEvent(op, refused));
  return refused ? { ok: false, rejection: answer.rejection } : { ok: true, answer: { ...answer, replay: true } };
}

/**
 * A business refusal (insufficient funds, real or the lab's fault). With the fence a refused
 * try or confirm is final: the refusal is kept, so a late or repeated delivery of the same
 * operation is refused again instead of succeeding behind the caller's back. A refused cancel
 * is not kept — the caller still owes the cancel and will send it again.
 */
export function refuse(...refusal: Parameters<typeof businessRefusal>): Refused {
  const [db, at, fenced, op, payOrderId, , rejection] = refusal;
  if (fenced && op !== 'cancel') recordFence(db, payOrderId, op, 'rejected', { op, rejection }, at);
  return businessRefusal(...refusal);
}

/** A business refusal logged and not kept: a pay branch keeps none (a refused Try leaves no row, a refused phase two is still owed). */
export function businessRefusal(
  db: PayDb,
  at: number,
  fenced: boolean,
  op: Operation,
  payOrderId: string,
  tradeId: string | null,
  rejection: PayRejection,
): Refused {
  recordPayEvent(db, at, payOrderId, tradeId, rejectedEvent(op, rejection.code, fenced));
  return reject(rejection.code, rejection.message);
}

/** The lab's "Provider rejects" fault, as the provider words it. */
export const simulatedRefusal: PayRejection = {
  code: 'insufficient_funds',
  message: 'the provider refused the operation (the lab\'s "Provider rejects" fault)',
};
