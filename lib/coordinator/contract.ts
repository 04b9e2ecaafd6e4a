import { z } from 'zod';
import { readReply, type CallOutcome, type Decided, type WireReply } from '@/lib/protocol/status-rule';
import type { BranchStatus } from '@/lib/global-tx/branch.machine';
import type { GlobalTransactionStatus } from '@/lib/global-tx/global-transaction.machine';

/**
 * The coordinator's published contract (the TC, after Seata's): what a transaction manager (the
 * trade service's V3 flow) may send it and what it answers. The TC owns it; callers import it.
 */

export const tcEndpoints = ['begin', 'register', 'commit', 'rollback', 'query'] as const;
export type TcEndpoint = (typeof tcEndpoints)[number];
export const isTcEndpoint = (name: string): name is TcEndpoint => (tcEndpoints as readonly string[]).includes(name);

/** The note's operations a global transaction carries out, one transaction each. */
export const globalActions = ['create', 'confirm', 'delete'] as const;
export type GlobalAction = (typeof globalActions)[number];
export const isGlobalAction = (name: string): name is GlobalAction => (globalActions as readonly string[]).includes(name);

/** Whose resource a branch is: the service that runs its Try, Confirm and Cancel. */
export const branchResources = ['trade', 'pay'] as const;
export type BranchResource = (typeof branchResources)[number];
export const isBranchResource = (name: string): name is BranchResource => (branchResources as readonly string[]).includes(name);

export const xidSchema = z.string().regex(/^x-[1-9]\d{0,15}$/, 'an xid reads x-<n>');
export const branchIdSchema = z.string().regex(/^b-[1-9]\d{0,15}$/, 'a branch id reads b-<n>');

export const beginRequestSchema = z.strictObject({
  tradeId: z.string().min(1).max(64),
  action: z.enum(globalActions),
  /** How long the TM may take to decide; past it, the TC rolls the transaction back itself. */
  timeoutMs: z.number().int().min(1).max(86_400_000).optional(),
});

export const registerRequestSchema = z.strictObject({
  xid: xidSchema,
  resource: z.enum(branchResources),
  /** Whatever the branch's owner needs with its Confirm or Cancel, handed back as given. */
  applicationData: z.record(z.string(), z.unknown()),
});

/** Commit: every Try answered a definite success. Rollback: a Try failed (those named) or had no definite answer. */
export const commitRequestSchema = z.strictObject({ xid: xidSchema });
export const rollbackRequestSchema = z.strictObject({ xid: xidSchema, failed: z.array(branchIdSchema).max(16).optional() });
export const queryRequestSchema = z.strictObject({ xid: xidSchema });

export type BeginRequest = z.infer<typeof beginRequestSchema>;
export type RegisterRequest = z.infer<typeof registerRequestSchema>;
export type RollbackRequest = z.infer<typeof rollbackRequestSchema>;

export interface BranchView {
  branchId: string;
  resource: BranchResource;
  status: BranchStatus;
  attempts: number;
}

/** A global transaction as the TC's log holds it. */
export interface GlobalView {
  xid: string;
  tradeId: string;
  action: GlobalAction;
  status: GlobalTransactionStatus;
  attempts: number;
  branches: BranchView[];
}

/** Every definite refusal the TC answers with. */
export const tcRefusalCodes = ['no_such_transaction', 'not_begun', 'already_decided'] as const;
export type TcRefusalCode = (typeof tcRefusalCodes)[number];

/** The code of the TC's 503 while it is down: to its caller, no definite answer at all. */
export const tcDownCode = 'coordinator_down';

export type TcResult<T> = Decided<T, TcRefusalCode>;

/** A TM's or anyone's reading of the TC's reply: 503 (the TC is down) is no definite answer, as no reply is. */
export const tcOutcomeOf = <T>(reply: WireReply): CallOutcome<T, TcRefusalCode> =>
  readReply<T, TcRefusalCode>(reply, tcRefusalCodes, 'the coordinator refused');
