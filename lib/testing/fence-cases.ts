/**
 * Seata's tcc_fence_log rules as the task states them, written apart from the rules module so
 * that each branch owner's test checks the code against the task, not against itself.
 */

type Phase = 'try' | 'confirm' | 'cancel';
export type Status = 'none' | 'tried' | 'committed' | 'rollbacked' | 'suspended';

/** What each phase does from each status of its branch: run, replay, an empty rollback, or the refusal's code. */
export const expectedRules: Record<Phase, Record<Status, 'run' | 'replay' | 'empty rollback' | string>> = {
  try: { none: 'run', tried: 'replay', committed: 'replay', rollbacked: 'try_after_cancel', suspended: 'try_after_cancel' },
  confirm: { none: 'not_reserved', tried: 'run', committed: 'replay', rollbacked: 'already_cancelled', suspended: 'already_cancelled' },
  cancel: { none: 'empty rollback', tried: 'run', committed: 'already_confirmed', rollbacked: 'replay', suspended: 'replay' },
};

/** The status a phase that runs leaves its branch in. */
export const expectedAfter: Record<Phase, Status> = { try: 'tried', confirm: 'committed', cancel: 'rollbacked' };

/** The phases that bring a branch to each status. */
export const reaching: Record<Status, Phase[]> = {
  none: [],
  tried: ['try'],
  committed: ['try', 'confirm'],
  rollbacked: ['try', 'cancel'],
  suspended: ['cancel'],
};
