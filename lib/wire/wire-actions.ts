import type { FaultId } from '@/lib/faults/catalog';

/**
 * What a person may do with one message on the wire: exactly the network faults of the
 * catalog, applied to that message alone (Deliver is none of them).
 */
export const callActions = ['deliver', 'lose-request', 'lose-reply', 'deliver-late', 'duplicate', 'reject'] as const;

/** What a person may do with one local step: let it commit, make it fail, or — after a commit — crash. */
export const localActions = ['commit', 'fail', 'crash'] as const;

export const wireActions = [...callActions, ...localActions] as const;
export type WireAction = (typeof wireActions)[number];

/** The fault of the catalog each action is. */
export const faultOfAction: Record<WireAction, FaultId | null> = {
  deliver: null,
  'lose-request': 'rpc.request_lost',
  'lose-reply': 'rpc.response_lost',
  'deliver-late': 'rpc.slow_provider',
  duplicate: 'rpc.duplicate',
  reject: 'rpc.provider_rejects',
  commit: null,
  fail: 'local.fail_before_rpc',
  crash: 'local.crash_after_commit',
};
