import type { TcDb } from '@/db/tc/client';
import type { Clock } from '@/lib/clock/clock';
import { createCoordinator, type Coordinator } from '@/lib/coordinator/coordinator';
import type { BranchCall } from '@/lib/coordinator/phase-two';
import type { TcCrashPoint } from '@/lib/coordinator/tc-events';
import type { FaultId } from '@/lib/faults/catalog';
import type { FaultSource } from '@/lib/faults/fault-injector';
import { readReply, type CallOutcome } from '@/lib/protocol/status-rule';
import { createRpcClient, type Message } from '@/lib/rpc/client';
import type { Transport } from '@/lib/rpc/transport';
import type { Wire } from '@/lib/wire/wire';
import type { LabSettings } from '@/lib/settings/settings';
import { payOrderIdFor } from '@/lib/trade/ids';

/** What the coordinator is built from: its database, and the lab's network, faults, clock and settings. */
export interface TcServiceParts {
  db: TcDb;
  transport: Transport;
  faults: FaultSource;
  clock: Clock;
  settings: () => LabSettings;
  /** Wakes the live event stream. */
  notify: () => void;
  /** Step mode's wire, where a person holds the coordinator's calls as the trade service's. */
  wire: Wire;
}

/** Each point of its log the TC may crash at, as the catalog names the fault. */
const crashFault: Record<TcCrashPoint, FaultId> = {
  'after-begin': 'tc.crash_after_begin',
  'after-decision': 'tc.crash_after_decision',
  'between-phase-two-calls': 'tc.crash_between_branches',
};

/**
 * The coordinator as the composition root wires it: phase 2 reaches each branch through an RPC
 * client of its own, on the lab's network with the catalog's faults in its path; its crashes are
 * faults of the catalog too.
 */
export function tcService(parts: TcServiceParts): Coordinator {
  const { faults, clock, settings } = parts;
  // In step mode a person holds phase 2's calls too, with the caller's longer timeout to decide in.
  const stepping = () => settings().stepMode;
  const rpc = createRpcClient({
    transport: parts.transport,
    faults,
    clock,
    from: 'tc',
    timeoutMs: () => (stepping() ? settings().stepTimeoutMs : settings().rpcTimeoutMs),
    hold: (message, timeoutMs, context) => (stepping() ? parts.wire.holdCall(message, timeoutMs, context) : null),
  });
  const tc = createCoordinator({
    db: parts.db,
    clock,
    settings: () => settings().coordinator,
    callBranch: async (call) => (await rpc.send(phaseTwoMessage(call), [], { tradeId: call.tradeId, attempt: call.attempt })).outcome.kind,
    crashes: (point, at) =>
      faults.fires(crashFault[point], { op: point === 'after-begin' ? 'begin' : 'commit', payOrderId: payOrderIdFor(at.tradeId) }),
    notify: parts.notify,
  });
  return {
    ...tc,
    /** Also waits for the TC's late deliveries: a slow branch's Confirm or Cancel landing after the TC gave up on it. */
    async drained() {
      await tc.drained();
      await rpc.drained();
    },
  };
}

/** A branch's Confirm or Cancel, to the service that registered it, with what it registered. */
const phaseTwoMessage = (call: BranchCall): Message<CallOutcome<unknown, never>> => ({
  address: call.resource === 'pay' ? { to: 'pay', endpoint: `branch-${call.phase}` } : { to: 'trade', endpoint: `branch-${call.phase}` },
  body: { ...(call.applicationData as object), xid: call.xid, branchId: call.branchId, action: call.action },
  point: { op: call.phase, payOrderId: payOrderIdFor(call.tradeId) },
  tradeId: call.tradeId,
  // A Confirm or Cancel is not the provider's to refuse as a business failure: TCC's phase 2 must succeed.
  rejectable: false,
  // Phase 2 settles a branch on a definite success alone: a refusal's code changes nothing.
  read: (reply) => readReply<unknown, never>(reply, [], 'the branch refused'),
});
