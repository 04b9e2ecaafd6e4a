/**
 * Seata's tcc_fence_log rules, the per-branch fence of a global transaction (V3), shared by
 * every branch's owner: what a phase does from the status its branch's row holds. Pure: each
 * owner reads and writes its own row, in the same local transaction as the phase's effect, so
 * the effect runs once per branch and phase, whatever the network repeats or reorders.
 */

/** A branch's row: `suspended` is a Cancel that came before any Try (an empty rollback), kept so that the late Try is refused. */
export const fenceStatuses = ['tried', 'committed', 'rollbacked', 'suspended'] as const;
export type FenceStatus = (typeof fenceStatuses)[number];

/** A branch's three phases. */
type FencePhase = 'try' | 'confirm' | 'cancel';

/** The refusals the rules answer with; every branch's owner answers them in its own codes too. */
export type FenceRefusalCode = 'try_after_cancel' | 'not_reserved' | 'already_cancelled' | 'already_confirmed';

/**
 * run: do the phase's effect; replay: answer as the first time; empty: an empty rollback; or a
 * definite refusal — in the rules' codes, or, read by an owner, in its own that include them.
 */
export type FenceRule<Code extends string = FenceRefusalCode> = 'run' | 'replay' | 'empty' | { refuse: Code; because: string };

type Refusal = Extract<FenceRule, object>;

const lateTry: Refusal = { refuse: 'try_after_cancel', because: 'its cancel came first: a late try must not act (anti-hanging)' };
const cancelled: Refusal = { refuse: 'already_cancelled', because: 'it was cancelled: it can never be confirmed' };

export const fenceRules: Record<FencePhase, Record<FenceStatus | 'none', FenceRule>> = {
  try: { none: 'run', tried: 'replay', committed: 'replay', rollbacked: lateTry, suspended: lateTry },
  // Never commit a branch whose try did not land.
  confirm: {
    none: { refuse: 'not_reserved', because: 'its try never landed: there is nothing to confirm' },
    tried: 'run',
    committed: 'replay',
    rollbacked: cancelled,
    suspended: cancelled,
  },
  // A cancel with no try is an empty rollback, recorded so that the late try is refused.
  cancel: {
    none: 'empty',
    tried: 'run',
    committed: { refuse: 'already_confirmed', because: 'it was confirmed: it can no longer be cancelled' },
    rollbacked: 'replay',
    suspended: 'replay',
  },
};

/** The status a phase's effect leaves its branch in. */
export const statusAfter: Record<FencePhase, FenceStatus> = { try: 'tried', confirm: 'committed', cancel: 'rollbacked' };
