import { z } from 'zod';
import { branchStatuses } from '@/lib/global-tx/branch.machine';
import { globalTransactionStatuses } from '@/lib/global-tx/global-transaction.machine';
import { branchResources, globalActions, tcDownCode, type BranchView, type GlobalView, type TcRefusalCode } from './contract';
import type { Coordinator } from './coordinator';

/** The TC's answers (contract.ts) as schemas, for the API document. */

export const branchViewSchema = z.object({
  branchId: z.string().describe('the branch, b-N'),
  resource: z.enum(branchResources).describe('whose resource: the service that runs its Try, Confirm and Cancel'),
  status: z.enum(branchStatuses),
  attempts: z.number().int().describe('phase-2 calls made to it so far'),
}) satisfies z.ZodType<BranchView>;

export const globalViewSchema = z.object({
  xid: z.string().describe('the global transaction, x-N'),
  tradeId: z.string(),
  action: z.enum(globalActions).describe("the note's operation it carries out"),
  status: z.enum(globalTransactionStatuses),
  attempts: z.number().int().describe('phase-2 rounds so far'),
  branches: z.array(branchViewSchema).describe('in the order they registered'),
}) satisfies z.ZodType<GlobalView>;

/** register's 200: the branch, the first one's when the registration is a repeat. */
export const registeredSchema = z.object({ branchId: z.string() }) satisfies z.ZodType<{ branchId: string }>;

/** POST /api/tc/restart's 200. */
export const restartedSchema = z.object({
  resumed: z.number().int().describe('global transactions in flight whose phase 2 resumed from tc.db'),
}) satisfies z.ZodType<Awaited<ReturnType<Coordinator['restart']>>>;

/** 409: a definite refusal, in the error shape, with the codes this endpoint refuses with. */
export const tcRefusalSchema = (codes: readonly [TcRefusalCode, ...TcRefusalCode[]]) =>
  z.object({ error: z.object({ code: z.enum(codes), message: z.string() }) });

/** 503: the TC is down — no definite answer. */
export const tcDownSchema = z.object({ error: z.object({ code: z.literal(tcDownCode), message: z.string() }) });
