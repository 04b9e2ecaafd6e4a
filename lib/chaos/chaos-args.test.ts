import { describe, expect, it } from 'vitest';
import { chaosOptionsSchema } from './chaos-options';
import { chaosFlagsOf, parseChaosArgs, parseChaosFlags } from './chaos-args';

describe('the chaos command line', () => {
  it('takes every field of the API, with its defaults', () => {
    expect(parseChaosArgs([])).toMatchObject({
      ok: true,
      value: { world: 'http', trades: 1000, probability: 0.05, strategy: 'mixed', providerFence: 'on', seed: 1 },
    });
    expect(
      parseChaosArgs([
        '--trades=200',
        '--probability=0.2',
        '--strategy=v2',
        '--fence=off',
        '--seed=7',
        '--faults=rpc.duplicate,rpc.slow_provider',
      ]),
    ).toEqual({
      ok: true,
      value: {
        world: 'http',
        trades: 200,
        probability: 0.2,
        strategy: 'v2',
        providerFence: 'off',
        seed: 7,
        faults: ['rpc.duplicate', 'rpc.slow_provider'],
      },
    });
  });

  it("takes the provider's latency and its jitter, in ms, and leaves them out when not asked for", () => {
    expect(parseChaosArgs(['--sim', '--latency=2', '--jitter=1'])).toMatchObject({ ok: true, value: { latencyMs: 2, jitterMs: 1 } });
    const parsed = parseChaosArgs([]);
    expect(parsed.ok && 'latencyMs' in parsed.value).toBe(false);
  });

  it.each([
    [['--latency=-1']],
    [['--latency=fast']],
    [['--jitter=1.5']],
    [['--latency=3600000']],
    [['--trades=0']],
    [['--faults=rpc.gremlins']],
    [['--color=red']],
    [['trades=5']],
    [['--strategy=v9']],
  ])('refuses %j with a readable message', (argv) => {
    const parsed = parseChaosArgs(argv);
    expect(parsed).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    if (!parsed.ok) expect(parsed.error.message.length).toBeGreaterThan(10);
  });

  it('writes options back as flags that parse to the same options, for a command or a link', () => {
    for (const input of [
      {},
      { trades: 250, probability: 0.125, strategy: 'v1', providerFence: 'off', seed: 0, faults: ['rpc.request_lost'] },
      { faults: [] },
      { world: 'simulated', latencyMs: 50, jitterMs: 10 },
      { latencyMs: 0 },
    ]) {
      const options = chaosOptionsSchema.parse(input);
      expect(parseChaosFlags(chaosFlagsOf(options))).toEqual({ ok: true, value: options });
      expect(parseChaosFlags(new URLSearchParams(chaosFlagsOf(options)))).toEqual({ ok: true, value: options });
    }
    expect(chaosFlagsOf(chaosOptionsSchema.parse({})).map(([name]) => name)).not.toContain('faults');
  });

  it('refuses a link with a setting it does not know', () => {
    expect(parseChaosFlags(new URLSearchParams('trades=10&colour=red'))).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: expect.stringContaining('colour') },
    });
  });
});
