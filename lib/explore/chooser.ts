import type { FaultId } from '@/lib/faults/catalog';
import type { FaultPoint, FaultSource } from '@/lib/faults/fault-injector';

/** One point where the schedule could go more than one way, and the way it went. */
export interface Choice {
  /** What was being decided: `fault rpc.request_lost on try`, `reorder late try`, … */
  label: string;
  /** How many ways it could go (0 is the fault-free, in-order way). */
  options: number;
  taken: number;
}

/**
 * The schedule's hand on every choice point: it follows the given decisions, then takes the
 * fault-free, in-order way, and records every point it met. Faults are offered while fewer than
 * `depth` have fired and the world is not yet quiet; reorderings cost none of that budget.
 */
export class Chooser implements FaultSource {
  readonly choices: Choice[] = [];
  faultsFired = 0;
  /** Set once the starting sequence is over: faults stop, only recovery and reconciliation run. */
  quiet = false;
  /** Asked at each choice point before it is taken: `false` stops offering alternatives there. */
  private visit: (choice: Omit<Choice, 'taken'>, index: number) => void = () => {};

  constructor(
    private readonly decisions: readonly number[],
    private readonly depth: number,
  ) {}

  onChoice(visit: (choice: Omit<Choice, 'taken'>, index: number) => void): void {
    this.visit = visit;
  }

  fires(id: FaultId, at: FaultPoint): boolean {
    if (this.quiet || this.faultsFired >= this.depth) return false;
    const fire = this.choose(`fault ${id} on ${at.op}`, 2) === 1;
    if (fire) this.faultsFired += 1;
    return fire;
  }

  /** A network reordering: which of `options` orders the messages take. */
  reorder(what: string, options: number): number {
    return this.quiet ? 0 : this.choose(`reorder ${what}`, options);
  }

  private choose(label: string, options: number): number {
    const index = this.choices.length;
    this.visit({ label, options }, index);
    const taken = this.decisions[index] ?? 0;
    if (taken >= options) throw new Error(`schedule decision ${index} is ${taken}, but ${label} has only ${options} ways`);
    this.choices.push({ label, options, taken });
    return taken;
  }
}
