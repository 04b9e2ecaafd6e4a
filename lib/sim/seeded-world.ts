import type { LabWorld } from '@/lib/lab';
import { randomStream } from '@/lib/random/random';
import { simulatedNetwork } from './sim-network';
import { virtualClock, type VirtualClock } from './virtual-clock';

/** Virtual time starts here, so a replayed run carries the same timestamps: 2026-01-01T00:00:00Z. */
export const simulationEpoch = Date.UTC(2026, 0, 1);

/** A request or a reply spends 1–4 virtual ms on the wire. */
const hopMs = { min: 1, spread: 4 };

export interface SeededWorld extends Pick<VirtualClock, 'drive'> {
  world: LabWorld;
}

/**
 * The lab's engine in a world decided by one seed, as FoundationDB's and TigerBeetle's
 * simulators run theirs: virtual time, a simulated network whose delays (and so the order of
 * deliveries) come from the seed, and every other draw from a stream of its own. The same seed
 * gives the same run, event for event.
 */
export function seededWorld(seed: number): SeededWorld {
  const time = virtualClock(simulationEpoch);
  const wire = randomStream(seed, 'network');
  return {
    drive: time.drive,
    world: {
      clock: time.clock,
      network: (services) =>
        simulatedNetwork(services, time.clock, {
          hopMs: () => hopMs.min + Math.floor(wire() * hopMs.spread),
          // A late request lands any time in the timeout after the caller gave up.
          lateMs: (timeoutMs) => timeoutMs + 1 + Math.floor(wire() * timeoutMs),
        }),
      random: (subsystem) => randomStream(seed, subsystem),
      faultDraws: randomStream(seed, 'faults'),
    },
  };
}
