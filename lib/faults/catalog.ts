import { z } from 'zod';
import { operations } from '@/lib/pay-order/pay-order.machine';

/** The fault catalog of the design, in its order. */
export const faultCatalog = [
  { id: 'rpc.request_lost', label: 'Request lost', effect: 'The request never reaches the provider; the caller times out → unknown.' },
  { id: 'rpc.response_lost', label: 'Response lost', effect: 'The provider executes and commits; the reply is dropped → unknown.' },
  {
    id: 'rpc.slow_provider',
    label: 'Slow provider',
    effect: "The provider executes after the caller's timeout → unknown; a late try can meet an earlier cancel.",
  },
  {
    id: 'rpc.provider_rejects',
    label: 'Provider rejects',
    effect: 'A definite business failure (insufficient funds); nothing changed there.',
  },
  { id: 'rpc.duplicate', label: 'Duplicate delivery', effect: 'The provider receives the request twice.' },
  { id: 'local.fail_before_rpc', label: 'Local tx fails before RPC', effect: "The caller's transaction aborts before the call." },
  {
    id: 'local.fail_after_rpc',
    label: 'Local commit fails after RPC',
    effect: "The caller's write after the call aborts (V1: its whole transaction).",
  },
  {
    id: 'local.crash_after_commit',
    label: 'Crash after local commit',
    effect: 'The flow stops after the first local commit, before the call; only recovery can continue.',
  },
  {
    id: 'tc.crash_after_begin',
    label: 'Coordinator crashes after begin',
    effect: 'V3: the coordinator logs the global transaction, then dies before answering; it stays down until restarted.',
  },
  {
    id: 'tc.crash_after_decision',
    label: 'Coordinator crashes after its decision',
    effect: 'V3: the coordinator logs commit or rollback, then dies before phase 2: the branches hold on until it restarts (blocking).',
  },
  {
    id: 'tc.crash_between_branches',
    label: 'Coordinator crashes between phase-2 calls',
    effect: 'V3: one branch has heard the decision and the other not yet, until the coordinator restarts.',
  },
] as const;

export type FaultId = (typeof faultCatalog)[number]['id'];
export const faultIds = faultCatalog.map((f) => f.id) as [FaultId, ...FaultId[]];

/** The coordinator's crashes: a strategy without a coordinator never meets them. */
export const coordinatorFaultIds = faultIds.filter((id): id is Extract<FaultId, `tc.${string}`> => id.startsWith('tc.'));

export const faultModes = ['off', 'once', 'always', 'probability'] as const;

export const faultSettingSchema = z
  .object({
    mode: z.enum(faultModes),
    probability: z.number().min(0).max(1).optional(),
    /** Limit the fault to one operation; absent or null = every operation. */
    op: z.enum(operations).nullable().optional(),
  })
  .strict()
  .refine((s) => s.mode !== 'probability' || s.probability !== undefined, {
    message: 'mode "probability" needs a probability between 0 and 1',
    path: ['probability'],
  });

export type FaultSetting = z.infer<typeof faultSettingSchema>;

export function isFaultId(id: string): id is FaultId {
  return (faultIds as string[]).includes(id);
}
