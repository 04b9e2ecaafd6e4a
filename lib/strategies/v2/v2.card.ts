import { providerHolds } from '@/lib/consistency/quadrant';
import { coordinatorFaultIds } from '@/lib/faults/catalog';
import type { StrategyCard } from '../card';
import { v2Cells } from './v2.cells';

/** V2 — the RPC outside the local transaction, with a mirror, idempotency and retry. */
export const v2Card: StrategyCard<'v2'> = {
  name: 'v2',
  cells: v2Cells,
  // Case 2: the intent's local transaction fails, so the call is never made.
  caseFaults: { 1: null, 2: 'local.fail_before_rpc', 3: 'rpc.request_lost', 4: 'local.fail_after_rpc' },
  // V2 has no coordinator to crash.
  faultsNeverAsked: coordinatorFaultIds,
  convergesWithFence: true,
  // The mirror is the caller's word on the payment, with what it still owes.
  callerNotation: ({ trade, mirror }) => (mirror ? `${mirror.state}${mirror.owed ? ` (owes ${mirror.owed})` : ''}` : trade.status),
  // The note's tables have no cancel: V2 keeps a cancelled payment rather than deleting.
  takes: ['confirm', 'cancel', 'delete'],
  tableOperationFor: (op) => (op === 'cancel' ? null : op),
  judge: {
    matches: ({ trade, mirror, provider }) => {
      if (!trade) return !providerHolds(provider);
      if (!mirror) return false;
      return mirror.state === 'cancelled' ? !providerHolds(provider) : provider?.state === mirror.state;
    },
    owes: ({ mirror }) => Boolean(mirror?.owed),
    // Recovery sends what the mirror owes, until retries are stopped.
    converging: ({ mirror }) => Boolean(mirror?.owed && !mirror.parked),
  },
  // The mirror records each request as a transition before its call.
  askedByCall: () => null,
  // The mirror records what is owed: the lab keeps nothing beside it.
  redriveOf: () => null,
};
