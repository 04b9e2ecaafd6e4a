import type { ExploreOptions } from '@/app/_shared/lab-api';
import type { Result } from '@/lib/errors/lab-error';
import type { ArgsCode } from '@/lib/http/http.errors';
import { parseExploreArgs } from '@/lib/explore/explore-options';
import { sequences } from '@/lib/explore/sequences';

/** The command line's flags that ask for exactly these bounds. */
function flagsOf(options: ExploreOptions): [string, string][] {
  const flags: [string, string][] = [
    ['depth', String(options.depth)],
    ['strategy', options.strategies.join(',')],
    ['fence', options.fences.join(',')],
  ];
  // Every sequence is the default: naming all five would only make the command longer.
  if (options.sequences.length !== sequences.length) flags.push(['sequence', options.sequences.join(',')]);
  return flags;
}

export const exploreCommand = (options: ExploreOptions) =>
  `npm run explore -- ${flagsOf(options)
    .map(([name, value]) => `--${name}=${value}`)
    .join(' ')}`;

// The report's counterexamples carry this from the server; a schedule opened by its id is written the same way.
export const replayCommandOf = (id: string) => `npm run explore -- --replay=${id}`;

/**
 * The page's address for these bounds, and the schedule opened, if any. The values are the
 * schema's own names and digits, commas between: nothing in them needs escaping.
 */
export function exploreHref(options: ExploreOptions, schedule: string | null = null): string {
  const query = flagsOf(options).map(([name, value]) => `${name}=${value}`);
  if (schedule) query.push(`schedule=${encodeURIComponent(schedule)}`);
  return `/explore?${query.join('&')}`;
}

/** The bounds an address carries, read by the command line's own parser: a link and the command are the same flags. */
export function boundsOf(query: URLSearchParams): Result<ExploreOptions, ArgsCode> {
  const argv = [...query].filter(([name]) => name !== 'schedule').map(([name, value]) => `--${name}=${value}`);
  const parsed = parseExploreArgs(argv);
  return parsed.ok ? { ok: true, value: parsed.value.options } : parsed;
}
