import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A uniform draw in [0, 1). */
export type Random = () => number;

/**
 * A seeded stream for one subsystem (the plan, the faults, the network, the backoff jitter):
 * each is forked from the seed by its own name, so drawing in one place never shifts another.
 */
export function randomStream(seed: number, subsystem: string): Random {
  const generator = xoroshiro128plus(hashString(`${subsystem}|${seed}`));
  return () => uniformFloat64(generator);
}

/** FNV-1a, 32 bits: a string folded into a seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
