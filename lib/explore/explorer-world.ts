import type { Clock } from '@/lib/clock/clock';
import type { FaultSource } from '@/lib/faults/fault-injector';
import type { LabWorld } from '@/lib/lab';
import { randomStream } from '@/lib/random/random';
import { simulationEpoch } from '@/lib/sim/seeded-world';
import { simulatedNetwork } from '@/lib/sim/sim-network';
import { virtualClock, type VirtualClock } from '@/lib/sim/virtual-clock';
import { Chooser } from './chooser';

/** A hop takes one virtual millisecond; a duplicate lands just before or just after its original. */
const hopMs = 1;
/** Long enough after the caller's timeout that whatever the caller sends next lands first. */
const afterTheNextMessageMs = 10;

/**
 * The world the explorer walks: virtual time, and a simulated network whose only freedom is
 * the choices a schedule makes — a late delivery landing before or after the caller's next
 * message, a duplicate overtaking its original. One lab is reused for every schedule, so the
 * world hands each run a fresh clock and chooser behind a fixed face.
 */
export class ExplorerWorld {
  private time: VirtualClock = virtualClock(simulationEpoch);
  private chooser = new Chooser([], 0);
  private delivered: () => void = () => {};
  private network: ReturnType<typeof simulatedNetwork> | undefined;

  private readonly clock: Clock = {
    now: () => this.time.clock.now(),
    after: (ms, fn) => this.time.clock.after(ms, fn),
  };

  private readonly faults: FaultSource = {
    fires: (id, at, forced = []) => forced.includes(id) || this.chooser.fires(id, at),
  };

  readonly world: LabWorld = {
    clock: this.clock,
    network: (services) =>
      (this.network = simulatedNetwork(
        services,
        this.clock,
        {
          hopMs: (hop) =>
            hop === 'duplicate' ? (this.chooser.reorder('duplicate overtakes its original', 2) === 1 ? 0 : 2) * hopMs : hopMs,
          lateMs: (timeoutMs) =>
            timeoutMs + (this.chooser.reorder('late delivery lands after the next message', 2) === 1 ? afterTheNextMessageMs : 0),
        },
        () => this.delivered(),
      )),
    // No jitter is configured; the stream only keeps the world free of Math.random.
    random: (subsystem) => randomStream(0, subsystem),
    faults: () => this.faults,
  };

  /** The messages on the wire right now (part of the state the explorer fingerprints). */
  onTheWire(): string[] {
    return this.network?.onTheWire() ?? [];
  }

  /** A fresh clock and a chooser that follows `decisions` (then the fault-free way) with `depth` faults to spend. */
  begin(decisions: readonly number[], depth: number, onDelivered: () => void): { chooser: Chooser; drive: VirtualClock['drive'] } {
    this.time = virtualClock(simulationEpoch);
    this.chooser = new Chooser(decisions, depth);
    this.delivered = onDelivered;
    return { chooser: this.chooser, drive: this.time.drive };
  }
}
