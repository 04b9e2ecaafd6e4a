import { eq, sql } from 'drizzle-orm';
import type { TradeDb } from '@/db/trade/client';
import { payOrderMirror, tradeOrder } from '@/db/trade/schema';
import { prepared, updateById } from '@/db/prepared';
import { asTradeOrNone } from './rows';
import type { TradeRow } from './rows';
import { payOrderIdFor } from './ids';

const p = sql.placeholder;

export function findTrade(db: TradeDb, id: string): TradeRow | undefined {
  return asTradeOrNone(
    prepared(db, 'trade', () =>
      db
        .select()
        .from(tradeOrder)
        .where(eq(tradeOrder.id, p('id')))
        .prepare(),
    ).get({ id }),
  );
}

/** A new trade row; it is pending only when a global transaction's Try writes it (V3). */
export function insertTrade(db: TradeDb, row: Omit<TradeRow, 'pending' | 'heldBy'> & Partial<Pick<TradeRow, 'pending' | 'heldBy'>>): void {
  prepared(db, 'insertTrade', () =>
    db
      .insert(tradeOrder)
      .values({
        id: p('id'),
        amountCents: p('amountCents'),
        strategy: p('strategy'),
        status: p('status'),
        pending: p('pending'),
        heldBy: p('heldBy'),
        createdAt: p('createdAt'),
        updatedAt: p('updatedAt'),
      })
      .prepare(),
  ).run({ pending: null, heldBy: null, ...row });
}

export function updateTrade(db: TradeDb, id: string, set: Partial<typeof tradeOrder.$inferInsert>): void {
  updateById(db, tradeOrder, tradeOrder.id, id, set);
}

/** Removes the trade and its mirror (V1's physical delete, V2's purge). */
export function deleteTrade(db: TradeDb, id: string): void {
  prepared(db, 'deleteMirror', () =>
    db
      .delete(payOrderMirror)
      .where(eq(payOrderMirror.id, p('id')))
      .prepare(),
  ).run({ id: payOrderIdFor(id) });
  prepared(db, 'deleteTrade', () =>
    db
      .delete(tradeOrder)
      .where(eq(tradeOrder.id, p('id')))
      .prepare(),
  ).run({ id });
}
