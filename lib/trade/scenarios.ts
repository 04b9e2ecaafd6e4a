import type { FaultId } from '@/lib/faults/catalog';
import type { Strategy } from '@/lib/settings/settings';

export interface Scenario {
  /** Faults that fire for this trade whatever the switches say. */
  forced: FaultId[];
  /** V1's guess on an unknown result, when the case prescribes one. */
  v1OnUnknown?: 'assume-success';
}

/**
 * The seed's code section: on create, 1.00–4.00 reproduce cases 1–4 of the case matrix
 * (V1: both / neither / trade only / pay only; V2 never produces pay only).
 */
export function scenarioFor(amountCents: number, strategy: Strategy): Scenario {
  switch (amountCents) {
    case 100:
      return { forced: [] };
    case 200:
      return { forced: [strategy === 'v1' ? 'rpc.provider_rejects' : 'local.fail_before_rpc'] };
    case 300:
      return { forced: ['rpc.request_lost'], v1OnUnknown: 'assume-success' };
    case 400:
      return { forced: ['local.fail_after_rpc'] };
    default:
      return { forced: [] };
  }
}
