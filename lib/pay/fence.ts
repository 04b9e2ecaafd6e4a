import { and, eq } from 'drizzle-orm';
import { fence } from '@/db/pay/schema';
import type { Operation } from '@/lib/pay-order/pay-order.machine';
import type { PayAnswer } from '@/lib/rpc/pay-contract';
import type { PayTx } from './pay-context';

export function fenceRow(tx: PayTx, payOrderId: string, op: Operation) {
  return tx.select().from(fence).where(and(eq(fence.payOrderId, payOrderId), eq(fence.op, op))).get();
}

/** Idempotency: the first answer stored for this pay order and operation, replayed as such. */
export function replayed(tx: PayTx, payOrderId: string, op: Operation): PayAnswer | undefined {
  const row = fenceRow(tx, payOrderId, op);
  return row ? { ...(row.answer as unknown as PayAnswer), replay: true } : undefined;
}

export function recordFence(tx: PayTx, payOrderId: string, op: Operation, outcome: 'done' | 'empty', answer: PayAnswer, at: number): void {
  tx.insert(fence)
    .values({ payOrderId, op, outcome, answer: answer as unknown as Record<string, unknown>, at })
    .onConflictDoNothing()
    .run();
}
