import { fenceLogStatus, writeFenceLog } from '@/db/tcc-fence-log';
import type { TradeDb } from '@/db/trade/client';
import { tccFenceLog } from '@/db/trade/schema';
import { fenceRules, statusAfter } from '@/lib/global-tx/fence-rules';
import { zodMessage } from '@/lib/http/zod-message';
import { replyOf, type WireReply } from '@/lib/protocol/status-rule';
import type { Strategy } from '@/lib/strategies/catalog';
import { commit } from './commit';
import { insertEvent } from './event-log';
import type { TradeRow } from './rows';
import {
  tradeBranchRequestSchema,
  type BranchTradeView,
  type TradeBranchEndpoint,
  type TradeBranchPhase,
  type TradeBranchRequest,
  type TradeBranchResult,
} from './trade-branch-contract';
import { refuse, tradeBranchEffects, type Effect } from './trade-branch-effects';
import type { TradeContext } from './trade-context';
import { branchPhaseEvent, hangingTryRefusedEvent, type How, type TradeEvent } from './trade-events';
import { findTrade } from './trade-rows';

type BranchContext = Pick<TradeContext, 'db' | 'gate' | 'notify' | 'clock'>;

/**
 * The trade branch's Try (V3), run by the trade service's own V3 flow after it registered the
 * branch with the coordinator. A create's Try writes the trade row under `strategy`.
 */
export function tryTradeBranch(ctx: BranchContext, req: TradeBranchRequest, strategy: Strategy): Promise<TradeBranchResult> {
  return commit(ctx, (db) => runPhase(db, ctx.clock.now(), 'try', req, (d, at, r) => tradeBranchEffects[r.action].try(d, at, r, strategy)));
}

const phaseOf: Record<TradeBranchEndpoint, Exclude<TradeBranchPhase, 'try'>> = { 'branch-confirm': 'confirm', 'branch-cancel': 'cancel' };

/**
 * The trade branch's phase 2, as the coordinator sends it: validate the body (a 400 changes
 * nothing), run the phase, answer by the lab's status rule.
 */
export async function handleTradeBranchRequest(ctx: BranchContext, endpoint: TradeBranchEndpoint, body: unknown): Promise<WireReply> {
  const parsed = tradeBranchRequestSchema.safeParse(body);
  if (!parsed.success) return { status: 400, body: { error: { code: 'bad_request', message: zodMessage(parsed.error) } } };
  const req = parsed.data;
  const phase = phaseOf[endpoint];
  return replyOf(await commit(ctx, (db) => runPhase(db, ctx.clock.now(), phase, req, tradeBranchEffects[req.action][phase])));
}

/**
 * One phase behind the branch's fence, in one local transaction: the rules decide from the
 * branch's row in trade.db's tcc_fence_log, the phase's effect runs, the row's new status and
 * the event are written. Always on: the fence-off anomalies the lab shows are the pay branch's.
 */
function runPhase(db: TradeDb, at: number, phase: TradeBranchPhase, req: TradeBranchRequest, effect: Effect): TradeBranchResult {
  const status = fenceLogStatus(db, tccFenceLog, req);
  const rule = fenceRules[phase][status ?? 'none'];
  const note = (event: TradeEvent) => insertEvent(db, { at, tradeId: req.tradeId, ...event });
  const before = viewOf(findTrade(db, req.tradeId));
  if (rule === 'replay') {
    // A repeat of a finished phase: the first answer again, with the trade as it stands now.
    const how: How = status === 'suspended' ? { replay: true, emptyRollback: true } : { replay: true };
    note(branchPhaseEvent(req, phase, before, before, how));
    return answered(req, phase, before, how);
  }
  if (typeof rule === 'object') {
    if (rule.refuse === 'try_after_cancel') note(hangingTryRefusedEvent(req));
    return refuse(rule.refuse, `branch ${req.branchId} of ${req.xid}: ${rule.because}`);
  }
  if (rule === 'empty') {
    writeFenceLog(db, tccFenceLog, req, 'suspended', at, status);
    note(branchPhaseEvent(req, phase, before, before, { emptyRollback: true }));
    return answered(req, phase, before, { emptyRollback: true });
  }
  // A refused effect leaves no row: a refused Try's Cancel is an empty rollback, and a refused Confirm is still owed.
  const done = effect(db, at, req);
  if (!done.ok) return done;
  writeFenceLog(db, tccFenceLog, req, statusAfter[phase], at, status);
  const after = viewOf(findTrade(db, req.tradeId));
  note(branchPhaseEvent(req, phase, before, after));
  return answered(req, phase, after);
}

const viewOf = (row: TradeRow | undefined): BranchTradeView | null => (row ? { status: row.status, pending: row.pending } : null);

function answered(req: TradeBranchRequest, phase: TradeBranchPhase, trade: BranchTradeView | null, how: How = {}): TradeBranchResult {
  const { xid, branchId, action, tradeId } = req;
  return {
    ok: true,
    answer: {
      phase,
      xid,
      branchId,
      action,
      tradeId,
      trade,
      replay: how.replay ?? false,
      ...(how.emptyRollback ? { emptyRollback: true } : {}),
    },
  };
}
