import { z } from 'zod';
import { fail, ok, type Result } from '@/lib/errors/lab-error';
import type { ArgsCode } from '@/lib/http/http.errors';
import { zodMessage } from '@/lib/http/zod-message';
import { strategies } from '@/lib/strategies/catalog';
import type { ExploreOptions } from './explore';
import { sequences } from './sequences';

/** The exploration's bounds — the API's body, the page's form, the command line's flags — with their defaults. */
export const exploreOptionsSchema = z
  .object({
    /** At most this many faulty steps per trade (each fault of the catalog at each call and local step). */
    depth: z.number().int().min(0).max(6).default(3),
    strategies: z
      .array(z.enum(strategies))
      .min(1)
      .default([...strategies]),
    fences: z
      .array(z.enum(['on', 'off']))
      .min(1)
      .default(['on', 'off']),
    sequences: z
      .array(z.enum(sequences))
      .min(1)
      .default([...sequences]),
  })
  .strict() satisfies z.ZodType<ExploreOptions, unknown>;

const list = (v: string) => v.split(',').filter(Boolean);
const flags: Record<string, (value: string) => [keyof ExploreOptions, unknown]> = {
  depth: (v) => ['depth', Number(v)],
  strategy: (v) => ['strategies', list(v)],
  fence: (v) => ['fences', list(v)],
  sequence: (v) => ['sequences', list(v)],
};

export interface ExploreCommand {
  options: ExploreOptions;
  json: boolean;
  /** A schedule id to replay instead of exploring. */
  replay: string | null;
}

/** `npm run explore -- --depth=3 --strategy=v1,v2 --fence=on,off --sequence=create,create-confirm --json`, or `--replay=ID`. */
export function parseExploreArgs(argv: string[]): Result<ExploreCommand, ArgsCode> {
  const input: Record<string, unknown> = {};
  let json = false;
  let replay: string | null = null;
  for (const arg of argv) {
    if (arg === '--json') {
      json = true;
      continue;
    }
    const match = /^--([a-z]+)=(.*)$/.exec(arg);
    if (match?.[1] === 'replay') {
      replay = match[2]!;
      continue;
    }
    const flag = match && flags[match[1]!];
    if (!flag)
      return fail(
        'bad_request',
        `unknown argument ${arg}; use --depth=N --strategy=v1,v2 --fence=on,off --sequence=… --json, or --replay=ID`,
      );
    const [field, value] = flag(match[2]!);
    input[field] = value;
  }
  const parsed = exploreOptionsSchema.safeParse(input);
  return parsed.success ? ok({ options: parsed.data, json, replay }) : fail('bad_request', zodMessage(parsed.error));
}
