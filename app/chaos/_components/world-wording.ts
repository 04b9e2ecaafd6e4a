import type { ChaosRunRequest } from '@/app/_shared/lab-api';
import { count } from '@/app/_shared/ui/format';
import { maxTrades } from '@/lib/chaos/chaos-options';

type World = ChaosRunRequest['world'];

interface Wording {
  /** The radio's accessible name. */
  label: string;
  /** What the world is, under the radios. */
  help: string;
  /** The trades limit, under the trades box. */
  tradesHelp: string;
  /** The seed's tooltip. */
  seed: string;
  /** What the replay link promises. */
  replay: string;
}

/**
 * What each world promises, said once: a simulated run replays exactly, a run over the real hop
 * only plans the same trades and faults — timing is the machine's.
 */
export const worldWording: Record<World, Wording> = {
  simulated: {
    label: 'Simulated',
    help: 'Virtual time and a simulated network, every draw from the seed: a timeout costs nothing, and a run replays exactly.',
    tradesHelp: `Up to ${count(maxTrades.simulated)} — a large simulated run takes a while (a few hundred trades a second).`,
    seed: 'The same seed replays the run exactly: the same trades, the same faults, the same timing — the same report, but for how long it took.',
    replay: 'the same seed replays the run exactly',
  },
  http: {
    label: 'Real HTTP hop',
    help: 'Two services over a real loopback HTTP hop, timeouts in real time.',
    tradesHelp: `Up to ${count(maxTrades.http)} over the real hop.`,
    seed: 'The same seed plans the same trades and gives each the same faults; only timing — which of two calls in flight lands first — can differ from run to run.',
    replay: 'the seed gives each trade the same faults',
  },
};

/** The worlds in the order the form offers them: the simulated one first, the page's default. */
export const worlds: World[] = ['simulated', 'http'];
