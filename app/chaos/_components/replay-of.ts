import type { ChaosRunRequest } from '@/app/_shared/lab-api';
import { chaosFlagsOf } from '@/lib/chaos/chaos-args';

/** How to run these options again: a link to this page that fills the form, and the terminal command. */
export function replayOf(options: ChaosRunRequest): { link: string; command: string } {
  const flags = chaosFlagsOf(options);
  // The command line's usage teaches `--sim`; a link keeps the flag's long form, as a query must.
  const args = flags.map(([name, value]) => (name === 'world' && value === 'simulated' ? '--sim' : `--${name}=${value}`));
  return { link: `/chaos?${new URLSearchParams(flags)}`, command: `npm run chaos -- ${args.join(' ')}` };
}
