import type { Operation } from '@/lib/pay-order/pay-order.machine';
import type { TableOperation, TradeOperation } from '@/lib/trade/operations';
import { providerHolds } from '@/lib/consistency/quadrant';
import { coordinatorFaultIds } from '@/lib/faults/catalog';
import type { StrategyCard } from '../card';
import { v1Cells } from './v1.cells';

/** V1 keeps nowhere to hold a cancelled payment: its cancel is a delete. */
export const v1OperationFor = (op: TradeOperation): TableOperation => (op === 'cancel' ? 'delete' : op);

/** V1 — the RPC inside the local transaction. */
export const v1Card: StrategyCard<'v1'> = {
  name: 'v1',
  cells: v1Cells,
  // Case 2: the provider refuses and the transaction rolls back with it.
  caseFaults: { 1: null, 2: 'rpc.provider_rejects', 3: 'rpc.request_lost', 4: 'local.fail_after_rpc' },
  // V1 commits once, after its call: there is no commit before the call to crash after; and it has no coordinator to crash.
  faultsNeverAsked: ['local.crash_after_commit', ...coordinatorFaultIds],
  // Create case 4, confirm case 3 and delete case 3 are not repairable by retry.
  convergesWithFence: false,
  // V1 keeps no mirror: its trade row's status is what it claims the payment to be.
  callerNotation: (rows) => rows.trade.status,
  takes: ['confirm', 'cancel', 'delete'],
  tableOperationFor: v1OperationFor,
  judge: {
    matches: ({ trade, provider }) =>
      trade ? providerHolds(provider) && provider?.state === expects[trade.status] : !providerHolds(provider),
    // V1 records nothing owed: the lab's re-drive is its only retry.
    owes: () => false,
    // A re-drive can only repair what the local row still calls for (the note's criterion).
    converging: ({ trade, redrive }) => Boolean(redrive?.owed && trade) && (redrive!.lastOp !== 'confirm' || trade!.status !== 'confirmed'),
  },
  // V1 keeps no mirror to record a request on: its calls say what was asked.
  askedByCall: (op) => asked[op],
  redriveOf: (request) => ({ lastOp: request.lastOp, owed: request.redrive === 'owed' }),
};

/** The client's request each of V1's calls stands for. */
const asked = { try: 'create', confirm: 'confirm', cancel: 'delete' } as const satisfies Record<Operation, TradeOperation>;

/** V1 keeps no mirror: its trade row's status is what it claims the payment to be. */
const expects = { created: 'trySuccess', confirmed: 'confirmed', deleting: 'cancelled' } as const;
