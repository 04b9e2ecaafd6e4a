import { providerHolds } from '@/lib/consistency/quadrant';
import type { StrategyCard } from '../card';
import { v3Cells } from './v3.cells';

/** V3 — a coordinator: each of the note's operations a global transaction over two TCC branches. */
export const v3Card: StrategyCard<'v3'> = {
  name: 'v3',
  cells: v3Cells,
  // Case 2: the pay branch's Try is refused (a definite failure, as for V1); case 4: the trade branch's local Try fails after the pay branch's succeeded.
  caseFaults: { 1: null, 2: 'rpc.provider_rejects', 3: 'rpc.request_lost', 4: 'local.fail_after_rpc' },
  // The trade branch's Try runs after the pay branch's: there is no local step before the call.
  faultsNeverAsked: ['local.fail_before_rpc'],
  // The coordinator carries every decision out, retrying from its log until each branch answers.
  convergesWithFence: true,
  // The trade row, and the operation a global transaction has tried on it and not yet ended.
  callerNotation: ({ trade }) => (trade.pending ? `${trade.status} (pending ${trade.pending})` : trade.status),
  // The note's operations only: a V3 trade is deleted, not cancelled.
  takes: ['confirm', 'delete'],
  tableOperationFor: (op) => (op === 'cancel' ? null : op),
  judge: {
    matches: ({ trade, provider }) => {
      if (!trade) return !providerHolds(provider);
      return !trade.pending && providerHolds(provider) && provider?.state === expects[trade.status];
    },
    // The caller owes nothing: phase 2 is the coordinator's.
    owes: () => false,
    // The coordinator's log still holds an open global transaction for the trade, not parked for a person.
    converging: ({ coordinator }) => Boolean(coordinator?.open && !coordinator.parked),
  },
  // The trade service records each request before its global transaction begins.
  askedByCall: () => null,
  // The coordinator's log records what is owed: the lab keeps nothing beside it.
  redriveOf: () => null,
};

/** A final V3 trade row claims the payment in this state. */
const expects = { created: 'trySuccess', confirmed: 'confirmed', deleting: 'cancelled' } as const;
