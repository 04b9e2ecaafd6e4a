import { inTransaction } from '@/db/prepared';
import type { PayDb } from '@/db/pay/client';
import { account, fence, payEvent, providerPayOrder, tccFenceLog } from '@/db/pay/schema';

export const buyerAccountId = 'acct-buyer';

/** The accounts every fresh pay.db opens with; their sum is the money the invariants conserve. */
export const openingAccounts = [{ id: buyerAccountId, name: 'Buyer', balanceCents: 1_000_000_00, frozenCents: 0 }] as const;

export const openingTotalCents = openingAccounts.reduce((sum, a) => sum + a.balanceCents + a.frozenCents, 0);

/** Opens the accounts once: a restart keeps balances as they are. */
export function openAccounts(db: PayDb): void {
  db.insert(account)
    .values([...openingAccounts])
    .onConflictDoNothing()
    .run();
}

/** Empties the provider's tables and opens the accounts afresh. */
export function resetPayDb(db: PayDb): void {
  inTransaction(db, () => {
    for (const table of [payEvent, fence, tccFenceLog, providerPayOrder, account]) db.delete(table).run();
    db.insert(account)
      .values([...openingAccounts])
      .run();
  });
}
