import { inTransaction } from '@/db/prepared';
import type { PayDb } from '@/db/pay/client';
import { account, fence, payEvent, providerPayOrder } from '@/db/pay/schema';

export const buyerAccountId = 'acct-buyer';

/** The accounts every fresh pay.db starts with; their sum is the money the invariants conserve. */
export const seedAccounts = [{ id: buyerAccountId, name: 'Buyer', balanceCents: 1_000_000_00, frozenCents: 0 }] as const;

export const seededTotalCents = seedAccounts.reduce((sum, a) => sum + a.balanceCents + a.frozenCents, 0);

/** Seeds the accounts once: a restart keeps balances as they are. */
export function seedPayDb(db: PayDb): void {
  db.insert(account)
    .values([...seedAccounts])
    .onConflictDoNothing()
    .run();
}

/** Empties the provider's tables and seeds the accounts afresh. */
export function resetPayDb(db: PayDb): void {
  inTransaction(db, () => {
    for (const table of [payEvent, fence, providerPayOrder, account]) db.delete(table).run();
    db.insert(account)
      .values([...seedAccounts])
      .run();
  });
}
