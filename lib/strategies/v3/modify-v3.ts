import { fail, ok, type Result } from '@/lib/errors/lab-error';
import type { Scenario } from '@/lib/note/scenario-amounts';
import { commit } from '@/lib/trade/commit';
import { tradeIdOf } from '@/lib/trade/ids';
import type { ModifyOperation } from '@/lib/trade/operations';
import { updateRequest } from '@/lib/trade/request-log';
import type { RequestRow, TradeRow } from '@/lib/trade/rows';
import type { TradeContext } from '@/lib/trade/trade-context';
import type { TradeCode } from '@/lib/trade/trade.errors';
import type { CreateOutcome, Refusal } from '../strategy';
import { runGlobal } from './global-flow';
import { tmFor } from './tm';
import { answerOf } from '@/lib/trade/create-answer';
import type { FlowOutcome } from '@/lib/trade/flow-outcome';
import { recordAnswer } from '@/lib/trade/request-log';

/** A create: one global transaction, answered as the coordinator's log will have it. */
export async function createV3(ctx: TradeContext, request: RequestRow, scenario: Scenario): Promise<CreateOutcome> {
  const tradeId = tradeIdOf(request);
  const tm = tmFor(ctx, tradeId);
  const end = await runGlobal(tm, { action: 'create', amountCents: request.amountCents, forced: scenario.forced });
  const outcome: FlowOutcome =
    end.kind === 'committed'
      ? { kind: 'created' }
      : end.kind === 'in-doubt'
        ? end
        : { kind: 'not-created', code: end.code, message: end.message };
  // The TM's story and its answer, in one commit.
  await commit(ctx, (db) => {
    tm.flush(db);
    recordAnswer(db, tradeId, answerOf(outcome));
  });
  return { ...outcome, answered: true };
}

/** Why V3 takes no such operation on the trade now (null: it would). */
export function refusalV3(trade: TradeRow, op: ModifyOperation): Refusal | null {
  if (op === 'cancel')
    return fail(
      'illegal_transition',
      `V3 runs the note's operations as global transactions (create, confirm, delete): delete trade ${trade.id} instead`,
    );
  if (trade.pending)
    return fail(
      'illegal_transition',
      `trade ${trade.id} is held by global transaction ${trade.heldBy} (pending ${trade.pending}) until it ends`,
    );
  return null;
}

/** A confirm or a delete: the request recorded, then one global transaction. */
export async function modifyV3(ctx: TradeContext, trade: TradeRow, op: ModifyOperation): Promise<Result<{ tradeId: string }, TradeCode>> {
  const refused = refusalV3(trade, op);
  if (refused) return refused;
  const action = op === 'confirm' ? 'confirm' : 'delete';
  await commit(ctx, (db) => updateRequest(db, trade.id, { lastOp: op }));
  const tm = tmFor(ctx, trade.id);
  const end = await runGlobal(tm, { action, amountCents: trade.amountCents, forced: [] });
  await commit(ctx, tm.flush);
  if (end.kind === 'committed') return ok({ tradeId: trade.id });
  return fail(end.kind === 'in-doubt' ? 'outcome_in_doubt' : end.code, end.message, { tradeId: trade.id });
}
