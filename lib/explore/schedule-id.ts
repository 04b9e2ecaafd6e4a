import { isStrategy } from '@/lib/strategies/catalog';
import type { ScheduleConfig } from './schedule-outcome';
import { sequences, type Sequence } from './sequences';

/**
 * A schedule's name, which replays it: its configuration and every decision it took, e.g.
 * `v1.on.create-confirm.d3.0001` — strategy, fence, starting sequence, fault budget, then one
 * digit per choice point (0 the fault-free, in-order way; trailing zeros dropped).
 */
export function scheduleId(config: ScheduleConfig, decisions: readonly number[]): string {
  const digits = decisions.join('').replace(/0+$/, '');
  return `${config.strategy}.${config.fence}.${config.sequence}.d${config.depth}.${digits || '0'}`;
}

export function parseScheduleId(id: string): { config: ScheduleConfig; decisions: number[] } | null {
  const match = /^([a-z0-9]+)\.(on|off)\.([a-z-]+)\.d(\d{1,2})\.([01]+)$/.exec(id);
  if (!match) return null;
  const [, strategy, fence, sequence, depth, digits] = match;
  if (!isStrategy(strategy!) || !(sequences as readonly string[]).includes(sequence!)) return null;
  return {
    config: {
      strategy,
      fence: fence as 'on' | 'off',
      sequence: sequence as Sequence,
      depth: Number(depth),
    },
    decisions: [...digits!].map(Number),
  };
}
