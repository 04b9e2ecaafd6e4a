import type { WireAction } from '@/app/_shared/lab-api';
import type { FaultId } from '@/lib/faults/catalog';

/** Each action by the name of its button: the network faults of the catalog, for one message. */
export const actionLabels: Record<WireAction, string> = {
  deliver: 'Deliver',
  'lose-request': 'Lose request',
  'lose-reply': 'Lose reply',
  'deliver-late': 'Deliver late',
  duplicate: 'Duplicate',
  reject: 'Provider rejects',
  commit: 'Commit',
  fail: 'Fail',
  crash: 'Crash',
};

/** What each action does to the message, for the button's tooltip. */
export const actionHelp: Record<WireAction, string> = {
  deliver: 'The provider executes and its reply reaches the caller.',
  'lose-request': 'The request never arrives; the caller stops waiting: unknown.',
  'lose-reply': 'The provider executes; its reply is dropped: unknown.',
  'deliver-late': 'The caller gives up now (unknown); the provider executes when you deliver it later.',
  duplicate: 'The provider receives the request twice.',
  reject: 'A definite business failure: nothing changes at the provider.',
  commit: 'The local step goes through.',
  fail: 'The local transaction aborts.',
  crash: 'The flow stops after the commit; only recovery can continue.',
};

/** Which local step is held, by the fault its Fail or Crash would be. */
export const localStepNames: Partial<Record<FaultId, string>> = {
  'local.fail_before_rpc': 'Local step before the call',
  'local.crash_after_commit': 'After the local commit',
  'local.fail_after_rpc': 'Local commit after the call',
};
