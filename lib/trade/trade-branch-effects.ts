import type { TradeDb } from '@/db/trade/client';
import type { Strategy } from '@/lib/strategies/catalog';
import type { TableOperation } from './operations';
import type { TradeRow } from './rows';
import type { TradeBranchRefusalCode, TradeBranchRequest, TradeBranchResult } from './trade-branch-contract';
import { deleteTrade, findTrade, insertTrade, updateTrade } from './trade-rows';

type Refused = Extract<TradeBranchResult, { ok: false }>;

export const refuse = (code: TradeBranchRefusalCode, message: string): Refused => ({ ok: false, rejection: { code, message } });

/** A phase's effect on the trade row: done, or a definite refusal that wrote nothing. */
type Done = { ok: true } | Refused;
export type Effect = (db: TradeDb, at: number, req: TradeBranchRequest) => Done;
type TryEffect = (db: TradeDb, at: number, req: TradeBranchRequest, strategy: Strategy) => Done;

const done: Done = { ok: true };
const released = { pending: null, heldBy: null };

/**
 * What each phase of the trade branch does, by the note's operation the global transaction runs.
 * A Try writes its change as pending, held by its xid, so that no other global transaction acts
 * on the row until this one ends; Confirm makes the change final; Cancel undoes it.
 * - create: Try writes the row itself, pending; Confirm keeps it, no longer pending; Cancel removes it.
 * - confirm: Try marks the row; Confirm confirms it; Cancel lets it go.
 * - delete: Try marks the row; Confirm removes it; Cancel lets it go.
 * The fence runs each effect once per branch; a Cancel still acts only on a row this xid holds,
 * so that it never undoes another global transaction's change.
 */
export const tradeBranchEffects: Record<TableOperation, { try: TryEffect; confirm: Effect; cancel: Effect }> = {
  create: {
    try: writePending,
    confirm: finish(endHold),
    cancel: undo(remove),
  },
  confirm: {
    try: hold,
    confirm: finish((db, at, row) => updateTrade(db, row.id, { status: 'confirmed', ...released, updatedAt: at })),
    cancel: undo(endHold),
  },
  delete: {
    try: hold,
    confirm: finish(remove),
    cancel: undo(endHold),
  },
};

/** A create's Try: the trade row, pending until the global transaction ends. */
function writePending(db: TradeDb, at: number, req: TradeBranchRequest, strategy: Strategy): Done {
  if (findTrade(db, req.tradeId)) return refuse('exists', `trade ${req.tradeId} already exists: a create makes it once`);
  // The Try is the trade service's own call, never the wire's: a create without its amount is a bug of its flow.
  if (req.amountCents === undefined) throw new Error(`the create's Try of ${req.xid} carries no amount`);
  const row = { id: req.tradeId, amountCents: req.amountCents, strategy, status: 'created', pending: 'create', heldBy: req.xid } as const;
  insertTrade(db, { ...row, createdAt: at, updatedAt: at });
  return done;
}

/** A confirm's or a delete's Try: the trade must still be open to it, and no other global transaction may be between its Try and its end. */
function hold(db: TradeDb, at: number, req: TradeBranchRequest): Done {
  const row = findTrade(db, req.tradeId);
  if (!row) return refuse('no_trade', `trade ${req.tradeId} does not exist: there is nothing to ${req.action}`);
  if (row.status === 'confirmed')
    return refuse('already_confirmed', `trade ${row.id} is already confirmed: it can no longer ${req.action}`);
  if (row.status === 'deleting') return refuse('being_deleted', `trade ${row.id} is being deleted`);
  if (row.pending !== null)
    return refuse('held', `trade ${row.id} is held by global transaction ${row.heldBy} (its ${row.pending}) until it ends`);
  updateTrade(db, row.id, { pending: req.action, heldBy: req.xid, updatedAt: at });
  return done;
}

/** Whether the row holds this global transaction's change. */
const ownRow = (row: TradeRow | undefined, req: TradeBranchRequest): row is TradeRow =>
  row?.pending === req.action && row.heldBy === req.xid;

type Write = (db: TradeDb, at: number, row: TradeRow) => void;

/** A Confirm: the change its Try held, made final. */
function finish(write: Write): Effect {
  return (db, at, req) => {
    const row = findTrade(db, req.tradeId);
    if (!ownRow(row, req)) return refuse('not_held', `trade ${req.tradeId} no longer holds the ${req.action} of ${req.xid}`);
    write(db, at, row);
    return done;
  };
}

/** A Cancel: the change its Try held, undone; nothing when the row holds none of it. */
function undo(write: Write): Effect {
  return (db, at, req) => {
    const row = findTrade(db, req.tradeId);
    if (ownRow(row, req)) write(db, at, row);
    return done;
  };
}

/** A create's Cancel and a delete's Confirm: the row goes. */
function remove(db: TradeDb, _at: number, row: TradeRow): void {
  deleteTrade(db, row.id);
}

/** The row is no longer held: a create's Confirm keeps the row as its Try wrote it, and a confirm's or delete's Try changed nothing else. */
function endHold(db: TradeDb, at: number, row: TradeRow): void {
  updateTrade(db, row.id, { ...released, updatedAt: at });
}
