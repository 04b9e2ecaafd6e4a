import type { Counterexample, PropertyVerdict } from '@/app/_shared/lab-api';
import { faultLabel } from '@/app/_shared/ui/fault-label';
import type { Sequence } from '@/lib/explore/sequences';

/** Each starting sequence as the page names it: what the trade is asked to do before faults stop. */
export const sequenceNames: Record<Sequence, string> = {
  create: 'create',
  'create-confirm': 'create, then confirm',
  'create-cancel': 'create, then cancel',
  'create-delete': 'create, then delete',
  'cancel-while-unknown': 'create, and cancel while its try is on the wire',
};

export const strategyName = (strategy: string) => (strategy === 'both' ? 'V1 and V2' : strategy.toUpperCase());

/** Which schedules a claim speaks of: `V1, fence on`. */
export const scopeOf = (p: Pick<PropertyVerdict, 'strategy' | 'fence'>) => `${strategyName(p.strategy)}, fence ${p.fence}`;

/**
 * A turn where the schedule left the fault-free, in-order way, in the switches' own words:
 * the explorer labels them `fault rpc.request_lost on try` or `reorder <what the network did>`.
 */
export function turnText(turn: Counterexample['turns'][number]): string {
  const fault = /^fault (\S+) on (\S+)$/.exec(turn.label);
  if (fault) return `${faultLabel(fault[1]!)} on the ${fault[2]}`;
  const reorder = /^reorder (.+)$/.exec(turn.label);
  return reorder ? `the network: ${reorder[1]}` : turn.label;
}

export const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
