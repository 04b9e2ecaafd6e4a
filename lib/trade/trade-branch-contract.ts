import { z } from 'zod';
import type { tradeStatuses } from '@/db/trade/schema';
import type { FenceRefusalCode } from '@/lib/global-tx/fence-rules';
import { tableOperations, type TableOperation } from './operations';

/**
 * The trade service's branch of a global transaction (V3): its contract as a resource manager.
 * The Try is the trade service's own (the TM and the trade branch's owner are one service, so
 * no network lies between them); Confirm and Cancel come from the coordinator over the RPC hop.
 */

/** Phase 2, sent by the coordinator. */
export const tradeBranchEndpoints = ['branch-confirm', 'branch-cancel'] as const;
export type TradeBranchEndpoint = (typeof tradeBranchEndpoints)[number];
export const isTradeBranchEndpoint = (name: string): name is TradeBranchEndpoint =>
  (tradeBranchEndpoints as readonly string[]).includes(name);

export const tradeBranchPhases = ['try', 'confirm', 'cancel'] as const;
export type TradeBranchPhase = (typeof tradeBranchPhases)[number];

/**
 * One phase of the trade branch: the same body for its Try, Confirm and Cancel, as a coordinator
 * keeps a branch's data once and sends it with each phase. The amount is a create's: its Try
 * writes the trade row.
 */
export const tradeBranchRequestSchema = z.strictObject({
  /** The global transaction, as the coordinator named it. */
  xid: z.string().min(1).max(128),
  /** The trade service's branch of it, as the coordinator registered it. */
  branchId: z.string().min(1).max(128),
  action: z.enum(tableOperations),
  tradeId: z.string().min(1).max(64),
  amountCents: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
});
export type TradeBranchRequest = z.infer<typeof tradeBranchRequestSchema>;

/** A trade row as a branch phase leaves it: its status, and the operation a global transaction holds pending on it. */
export interface BranchTradeView {
  status: (typeof tradeStatuses)[number];
  pending: TableOperation | null;
}

/** A phase's definite success: the trade row after it (null when there is none), and which branch it was. */
export interface TradeBranchAnswer {
  phase: TradeBranchPhase;
  xid: string;
  branchId: string;
  action: TableOperation;
  tradeId: string;
  trade: BranchTradeView | null;
  /** True when the fence answered a repeat of a finished phase as the first time. */
  replay: boolean;
  /** True for a Cancel that found no Try: nothing was undone. */
  emptyRollback?: boolean;
}

/**
 * Every definite refusal of the trade branch: the fence's, and its own — a create's trade that
 * already exists; a confirm's or delete's trade that is gone, already confirmed, being deleted
 * (V2's logical delete) or held by another global transaction between its Try and its end; a
 * Confirm whose Try's hold on the row is gone (only a write outside the protocol can do that).
 */
export type TradeBranchRefusalCode = FenceRefusalCode | 'exists' | 'no_trade' | 'being_deleted' | 'held' | 'not_held';

export interface TradeBranchRejection {
  code: TradeBranchRefusalCode;
  message: string;
}

export type TradeBranchResult = { ok: true; answer: TradeBranchAnswer } | { ok: false; rejection: TradeBranchRejection };
