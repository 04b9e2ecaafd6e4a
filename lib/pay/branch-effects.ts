import type { PayDb } from '@/db/pay/client';
import type { Operation } from '@/lib/pay-order/pay-order.machine';
import { release } from './cancel';
import { charge } from './confirm';
import type { BranchAction, BranchRequest, PayResult } from './contract';
import { businessRefusal } from './fence';
import { findPayOrder, recordPayEvent, reject, savePayOrder } from './pay-context';
import { heldEvent, keptEvent, unheldEvent } from './pay-events';
import { reserve } from './try';

/** One phase's business effect; `fenced` says whether the branch fence is on (its events say so). */
type Effect = (db: PayDb, at: number, req: BranchRequest, fenced: boolean) => PayResult;

/**
 * What each phase of a pay branch does, by the note's operation the global transaction runs.
 * Money moves in exactly one phase of each action, through the provider's own try, confirm and
 * cancel effects and their events, so the auditor counts it as it counts V1's and V2's:
 * - create: Try reserves (balance → frozen, the pay order `trySuccess`); Confirm keeps the
 *   reservation (the trade's trySuccess: no money moves); Cancel releases it (`cancelled`).
 * - confirm: Try checks the reservation stands and holds the order for this xid; Confirm
 *   consumes it (`confirmed`), which ends the hold; Cancel lets the hold go.
 * - delete: Try checks the same and holds; Confirm releases and removes the order (its events
 *   outlive it); Cancel lets the hold go.
 * The fence runs each effect once per branch. Apart from it, holding and letting go are
 * idempotent by themselves (a hold already this xid's is taken again; only this xid's is let go),
 * while a repeated reserve, charge or release moves the money again: without the fence that is
 * the anomaly the lab shows.
 */
export const branchEffects: Record<BranchAction, Record<Operation, Effect>> = {
  create: {
    try: (db, at, req, fenced) =>
      reserve(db, at, req, fenced, (shortage) => businessRefusal(db, at, fenced, 'try', req.payOrderId, req.tradeId, shortage)),
    confirm: keep,
    cancel: (db, at, req, fenced) => release(db, at, req, fenced),
  },
  confirm: {
    try: hold('confirm'),
    confirm: (db, at, req, fenced) => charge(db, at, req.payOrderId, fenced),
    cancel: letGo,
  },
  delete: {
    try: hold('delete'),
    confirm: (db, at, req, fenced) => release(db, at, { ...req, deleting: true }, fenced),
    cancel: letGo,
  },
};

/**
 * A confirm's or a delete's Try: the reservation must stand, and no other global transaction
 * may be between its Try and its end on the same pay order — two must not both proceed.
 */
function hold(action: 'confirm' | 'delete'): Effect {
  return (db, at, req, fenced) => {
    const order = findPayOrder(db, req.payOrderId);
    if (order?.state !== 'trySuccess') {
      const code = order ? (`already_${order.state}` as const) : 'not_reserved';
      return reject(code, `pay order ${req.payOrderId} holds no reservation to ${action}${order ? `: it is ${order.state}` : ''}`);
    }
    if (order.heldBy !== undefined && order.heldBy !== req.xid)
      return reject('held', `pay order ${order.id} is held by global transaction ${order.heldBy} until it ends`);
    savePayOrder(db, order.id, { heldBy: req.xid, updatedAt: at });
    recordPayEvent(db, at, order.id, order.tradeId, heldEvent(req.xid, action, fenced));
    return { ok: true, answer: { op: 'try', payOrder: findPayOrder(db, order.id) ?? null, replay: false } };
  };
}

/** A create's Confirm: the reservation stays as it is, the trade's trySuccess. */
function keep(db: PayDb, at: number, req: BranchRequest, fenced: boolean): PayResult {
  const order = findPayOrder(db, req.payOrderId);
  if (order?.state !== 'trySuccess') return reject('not_reserved', `pay order ${req.payOrderId} holds no reservation to keep`);
  recordPayEvent(db, at, order.id, order.tradeId, keptEvent(req.xid, fenced));
  return { ok: true, answer: { op: 'confirm', payOrder: order, replay: false } };
}

/** A confirm's or a delete's Cancel: its hold goes, if it is still its own; nothing else was changed by its Try. */
function letGo(db: PayDb, at: number, req: BranchRequest, fenced: boolean): PayResult {
  const order = findPayOrder(db, req.payOrderId);
  if (order?.heldBy === req.xid) {
    savePayOrder(db, order.id, { heldBy: null, updatedAt: at });
    recordPayEvent(db, at, order.id, order.tradeId, unheldEvent(req.xid, fenced));
  }
  return { ok: true, answer: { op: 'cancel', payOrder: findPayOrder(db, req.payOrderId) ?? null, replay: false } };
}
