import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { ChaosRunRequest } from '@/app/_shared/lab-api';
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

/** The worlds in the order the form offers them: the simulated one first, the page's default. */
export const worlds: World[] = ['simulated', 'http'];

/**
 * What each world promises, said once (the catalogs' `chaos.worlds`): a simulated run replays
 * exactly, a run over the real hop only plans the same trades and faults — timing is the machine's.
 */
export function useWorldWording(): Record<World, Wording> {
  const t = useTranslations('chaos.worlds');
  return useMemo(() => {
    const wording = (w: World): Wording => ({
      label: t(`${w}.label`),
      help: t(`${w}.help`),
      tradesHelp: t(`${w}.tradesHelp`, { max: maxTrades[w] }),
      seed: t(`${w}.seed`),
      replay: t(`${w}.replay`),
    });
    return { simulated: wording('simulated'), http: wording('http') };
  }, [t]);
}
