import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openPayDb, type PayDb } from '@/db/pay/client';
import { tccFenceLog } from '@/db/pay/schema';
import { openTcDb, type TcDb } from '@/db/tc/client';
import { openTradeDb, type TradeDb } from '@/db/trade/client';
import { readAudit } from '@/lib/consistency/audit';
import { checkInvariants, type InvariantId } from '@/lib/consistency/invariants';
import type { Operation } from '@/lib/pay-order/pay-order.machine';
import { buyerAccountId } from '@/lib/pay/accounts';
import type { BranchAction, BranchRequest } from '@/lib/pay/contract';
import { createPayService, type PayService } from '@/lib/pay/pay-service';

/** The invariants about money alone: what pay.db can break without a trade in sight. */
const moneyInvariants: InvariantId[] = ['moneyConserved', 'frozenMatchesReservations', 'noDoubleReservation'];

/**
 * For a test file of the pay branch: a real pay.db (and an empty trade.db for the auditor) in a
 * temporary folder for each test, the lab's fence switch, and the auditor's verdicts.
 */
export function branchBench() {
  let dir: string;
  let payDb: PayDb;
  let tradeDb: TradeDb;
  let tcDb: TcDb;
  let pay: PayService;
  let fenceOn = true;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'lab-branch-'));
    payDb = openPayDb(dir);
    tradeDb = openTradeDb(dir);
    tcDb = openTcDb(dir);
    fenceOn = true;
    pay = createPayService(payDb, { fenceOn: () => fenceOn, now: Date.now });
  });
  afterEach(() => {
    payDb.$client.close();
    tradeDb.$client.close();
    tcDb.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** One phase of the branch `branchId` of `xid`, for pay order po-1 of trade t-1 (5.00) unless told otherwise. */
  const phase = (op: Operation, action: BranchAction, branch: Partial<BranchRequest> = {}) =>
    pay.branch(op, { xid: 'tc:1', branchId: 'pay', action, payOrderId: 'po-1', tradeId: 't-1', amountCents: 500, ...branch });

  return {
    phase,
    pay: () => pay,
    fence: (on: boolean) => {
      fenceOn = on;
    },
    buyer: () => pay.accounts().find((a) => a.id === buyerAccountId)!,
    order: (id = 'po-1') => pay.query(id).payOrder,
    fenceLog: () => payDb.select().from(tccFenceLog).all(),
    /** The invariants that fail, each with its witnesses: the money ones, and with `graceMs` the hanging reservations too. */
    broken: (graceMs?: number) =>
      Object.fromEntries(
        checkInvariants(readAudit({ payDb, tradeDb, tcDb, now: Date.now }), { graceMs: graceMs ?? Number.POSITIVE_INFINITY })
          .filter((r) => !r.ok && (graceMs !== undefined || moneyInvariants.includes(r.id)))
          .map((r) => [r.id, r.witnesses]),
      ),
  };
}
