import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openTradeDb, type TradeDb } from '@/db/trade/client';
import { tccFenceLog } from '@/db/trade/schema';
import { systemClock } from '@/lib/clock/clock';
import type { Strategy } from '@/lib/strategies/catalog';
import { eventsForTrade } from '@/lib/trade/event-log';
import type { TableOperation } from '@/lib/trade/operations';
import { handleTradeBranchRequest, tryTradeBranch } from '@/lib/trade/trade-branch';
import type { TradeBranchPhase, TradeBranchRequest, TradeBranchResult } from '@/lib/trade/trade-branch-contract';
import { findTrade, updateTrade } from '@/lib/trade/trade-rows';
import { WriteGate } from '@/lib/trade/write-gate';

/**
 * For a test file of the trade branch: a real trade.db in a temporary folder for each test, and
 * each phase run as the V3 flow runs it — the Try called in process, Confirm and Cancel through
 * the endpoint the coordinator calls, their replies read back by the status rule.
 */
export function tradeBranchBench(strategy: Strategy) {
  let dir: string;
  let db: TradeDb;
  const ctx = () => ({ db, gate: new WriteGate(), notify: () => {}, clock: systemClock });
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'lab-trade-branch-'));
    db = openTradeDb(dir);
  });
  afterEach(() => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The branch `branchId` of `xid`, for trade t-1 (5.00) unless told otherwise. */
  const request = (action: TableOperation, branch: Partial<TradeBranchRequest> = {}): TradeBranchRequest => ({
    xid: 'x-1',
    branchId: 'b-1',
    action,
    tradeId: 't-1',
    amountCents: 500,
    ...branch,
  });

  async function phase(op: TradeBranchPhase, action: TableOperation, branch: Partial<TradeBranchRequest> = {}): Promise<TradeBranchResult> {
    if (op === 'try') return tryTradeBranch(ctx(), request(action, branch), strategy);
    const reply = await handleTradeBranchRequest(ctx(), `branch-${op}`, request(action, branch));
    if (reply.status === 200) return { ok: true, answer: reply.body } as TradeBranchResult;
    if (reply.status === 409) return { ok: false, rejection: (reply.body as { error: unknown }).error } as TradeBranchResult;
    throw new Error(`HTTP ${reply.status} is no definite answer: ${JSON.stringify(reply.body)}`);
  }

  return {
    phase,
    wire: (endpoint: 'branch-confirm' | 'branch-cancel', body: unknown) => handleTradeBranchRequest(ctx(), endpoint, body),
    trade: (id = 't-1') => findTrade(db, id) ?? null,
    /** A write to trade t-1 outside the protocol: what no global transaction did. */
    meddle: (set: Parameters<typeof updateTrade>[2]) => updateTrade(db, 't-1', set),
    fenceLog: () => db.select().from(tccFenceLog).all(),
    events: (id = 't-1') => eventsForTrade(db, id),
  };
}
