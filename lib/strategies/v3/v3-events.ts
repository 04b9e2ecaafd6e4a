import { z } from 'zod';
import { branchResources, tcEndpoints, type BranchResource, type TcEndpoint } from '@/lib/coordinator/contract';
import { faultIds, type FaultId } from '@/lib/faults/catalog';
import type { CallOutcome } from '@/lib/protocol/status-rule';

/**
 * V3's own kind of trade event: each message the trade service, as the TM, sent the coordinator
 * and what came back. Joined into the trade service's events through the catalog; the pay
 * branch's Try is an `rpc` event like every call to the provider.
 */
export const v3MessageSchema = z.object({
  type: z.literal('v3'),
  detail: z.strictObject({
    message: z.enum(tcEndpoints),
    /** The global transaction, once the TC named it (a begin without an answer has none). */
    xid: z.string().nullable(),
    /** The branch a registration was for. */
    resource: z.enum(branchResources).optional(),
    outcome: z.enum(['success', 'failure', 'unknown']),
    /** A refusal's code or why there was no definite answer. */
    why: z.string().optional(),
    fault: z.enum(faultIds).nullable(),
    durationMs: z.number().int(),
  }),
});

export type V3MessageEvent = z.infer<typeof v3MessageSchema>;

export function v3MessageEvent(
  sent: { message: TcEndpoint; xid: string | null; resource?: BranchResource },
  call: { outcome: CallOutcome<unknown, string>; fault: FaultId | null; durationMs: number },
): V3MessageEvent {
  const { outcome } = call;
  const why = outcome.kind === 'failure' ? outcome.code : outcome.kind === 'unknown' ? outcome.reason : undefined;
  return {
    type: 'v3',
    detail: {
      message: sent.message,
      xid: sent.xid,
      ...(sent.resource ? { resource: sent.resource } : {}),
      outcome: outcome.kind,
      ...(why === undefined ? {} : { why }),
      fault: call.fault,
      durationMs: call.durationMs,
    },
  };
}
