import type { ModifyOperation } from '@/lib/trade/operations';

/**
 * The starting sequences the explorer plays for one trade: a create, then maybe one operation
 * on it. `cancel-while-unknown` sends the cancel while the try is still on the wire (half the
 * caller's timeout in), so a late try can meet it — TCC's hanging case.
 */
export const sequences = ['create', 'create-confirm', 'create-cancel', 'create-delete', 'cancel-while-unknown'] as const;
export type Sequence = (typeof sequences)[number];

export interface SequencePlan {
  /** The operation after the create, if any. */
  then: ModifyOperation | null;
  /** True when it is sent while the create is still waiting on its try, not after. */
  concurrent: boolean;
}

export const sequencePlan: Record<Sequence, SequencePlan> = {
  create: { then: null, concurrent: false },
  'create-confirm': { then: 'confirm', concurrent: false },
  'create-cancel': { then: 'cancel', concurrent: false },
  'create-delete': { then: 'delete', concurrent: false },
  'cancel-while-unknown': { then: 'cancel', concurrent: true },
};
