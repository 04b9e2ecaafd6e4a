import { fail, ok, type Result } from '@/lib/errors/lab-error';
import { zodMessage } from '@/lib/http/zod-message';
import { chaosRunSchema, type ChaosRunOptions } from './chaos-run';

/** The command line's names for the run's fields; `--fence` is short for providerFence. */
const flags: Record<string, (value: string) => [keyof ChaosRunOptions, unknown]> = {
  trades: (v) => ['trades', Number(v)],
  probability: (v) => ['probability', Number(v)],
  strategy: (v) => ['strategy', v],
  fence: (v) => ['providerFence', v],
  seed: (v) => ['seed', Number(v)],
  faults: (v) => ['faults', v.split(',').filter(Boolean)],
};

/**
 * `npm run chaos -- --trades=2000 --probability=0.1 --strategy=v2 --fence=off --seed=7
 * --faults=rpc.duplicate,rpc.slow_provider`: the same fields, defaults and limits as
 * POST /api/chaos/run, checked by the same schema.
 */
export function parseChaosArgs(argv: string[]): Result<ChaosRunOptions> {
  const input: Record<string, unknown> = {};
  for (const arg of argv) {
    const match = /^--([a-z]+)=(.*)$/.exec(arg);
    const flag = match && flags[match[1]!];
    if (!match || !flag) return fail('bad_request', `unknown argument ${arg}; use --${Object.keys(flags).join('=…, --')}=…`);
    const [field, value] = flag(match[2]!);
    input[field] = value;
  }
  const parsed = chaosRunSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail('bad_request', zodMessage(parsed.error));
}
