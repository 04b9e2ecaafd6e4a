import { fail, ok, type Result } from '@/lib/errors/lab-error';
import type { ArgsCode } from '@/lib/http/http.errors';
import { zodMessage } from '@/lib/http/zod-message';
import { faultIds } from '@/lib/faults/catalog';
import { chaosOptionsSchema, type ChaosOptions } from './chaos-options';

/** The command line's names for the run's fields; `--fence` is short for providerFence, `--latency` and `--jitter` for the provider's, in ms. */
const flags: Record<string, (value: string) => [keyof ChaosOptions, unknown]> = {
  world: (v) => ['world', v],
  trades: (v) => ['trades', Number(v)],
  probability: (v) => ['probability', Number(v)],
  strategy: (v) => ['strategy', v],
  fence: (v) => ['providerFence', v],
  seed: (v) => ['seed', Number(v)],
  faults: (v) => ['faults', v.split(',').filter(Boolean)],
  latency: (v) => ['latencyMs', Number(v)],
  jitter: (v) => ['jitterMs', Number(v)],
};
const usage = `--sim, --${Object.keys(flags).join('=…, --')}=…`;

/**
 * `npm run chaos -- --sim --trades=2000 --probability=0.1 --strategy=v2 --fence=off --seed=7
 * --faults=rpc.duplicate,rpc.slow_provider --latency=2 --jitter=1`: the same fields, defaults and limits as
 * POST /api/chaos/run, checked by the same schema. `--sim` is short for `--world=simulated`.
 */
export function parseChaosArgs(argv: string[]): Result<ChaosOptions, ArgsCode> {
  const pairs: [string, string][] = [];
  for (const arg of argv) {
    if (arg === '--sim') {
      pairs.push(['world', 'simulated']);
      continue;
    }
    const match = /^--([a-z]+)=(.*)$/.exec(arg);
    if (!match) return fail('bad_request', `unknown argument ${arg}; use ${usage}`);
    pairs.push([match[1]!, match[2]!]);
  }
  return parseChaosFlags(pairs);
}

/** The same flags as name–value pairs: a command line's, or a page address's query. */
export function parseChaosFlags(pairs: Iterable<[string, string]>): Result<ChaosOptions, ArgsCode> {
  const input: Record<string, unknown> = {};
  for (const [name, raw] of pairs) {
    const flag = flags[name];
    if (!flag) return fail('bad_request', `unknown setting ${name}; use ${usage}`);
    const [field, value] = flag(raw);
    input[field] = value;
  }
  const parsed = chaosOptionsSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail('bad_request', zodMessage(parsed.error));
}

/** The flags that ask for exactly these options: what to type, or to put in a link, to run them again. */
export function chaosFlagsOf(options: ChaosOptions): [string, string][] {
  const pairs: [string, string][] = [
    // The real hop is the API's default: only a simulated run names its world.
    ...(options.world === 'simulated' ? [['world', 'simulated'] as [string, string]] : []),
    ['trades', String(options.trades)],
    ['probability', String(options.probability)],
    ['strategy', options.strategy],
    ['fence', options.providerFence],
    ['seed', String(options.seed)],
  ];
  // Every fault is the default: naming all eight would only make the command longer.
  if (options.faults.length !== faultIds.length) pairs.push(['faults', options.faults.join(',')]);
  // No latency is the default, and named only when asked for.
  if (options.latencyMs !== undefined) pairs.push(['latency', String(options.latencyMs)]);
  if (options.jitterMs !== undefined) pairs.push(['jitter', String(options.jitterMs)]);
  return pairs;
}
