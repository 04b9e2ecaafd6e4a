import type { Lab } from '@/lib/lab';
import type { ExplorerWorld } from './explorer-world';

/**
 * The state a schedule is in, as a model checker compares states: every participant's
 * database without its clocks and logs (what the engine decides from), and the messages on the
 * wire. Two schedules that meet in one state at one choice point go on the same way from there.
 */
export function stateOf(lab: Lab, world: ExplorerWorld): string {
  return JSON.stringify([lab.state(), world.onTheWire()]);
}
