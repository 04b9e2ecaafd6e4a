import { describe, expect, it } from 'vitest';
import { chaosOptionsSchema } from '@/lib/chaos/chaos-options';
import { parseChaosArgs, parseChaosFlags } from '@/lib/chaos/chaos-args';
import { replayOf } from './replay-of';

const options = (world: 'simulated' | 'http') =>
  chaosOptionsSchema.parse({ world, trades: 200, probability: 0.1, seed: 5, faults: ['rpc.duplicate', 'rpc.request_lost'] });

describe('running a chaos run again', () => {
  it('says --sim on the command line and world=simulated in the link for a simulated run', () => {
    expect(replayOf(options('simulated'))).toEqual({
      link: '/chaos?world=simulated&trades=200&probability=0.1&strategy=mixed&fence=on&seed=5&faults=rpc.duplicate%2Crpc.request_lost',
      command:
        'npm run chaos -- --sim --trades=200 --probability=0.1 --strategy=mixed --fence=on --seed=5 --faults=rpc.duplicate,rpc.request_lost',
    });
  });

  it('names no world for the real hop, the default of the API and the command line', () => {
    expect(replayOf(options('http'))).toEqual({
      link: '/chaos?trades=200&probability=0.1&strategy=mixed&fence=on&seed=5&faults=rpc.duplicate%2Crpc.request_lost',
      command:
        'npm run chaos -- --trades=200 --probability=0.1 --strategy=mixed --fence=on --seed=5 --faults=rpc.duplicate,rpc.request_lost',
    });
  });

  it.each(['simulated', 'http'] as const)('gives back the same options, %s, from the link and from the command', (world) => {
    const { link, command } = replayOf(options(world));
    expect(parseChaosFlags(new URL(link, 'http://lab').searchParams)).toEqual({ ok: true, value: options(world) });
    expect(parseChaosArgs(command.split(' ').slice(4))).toEqual({ ok: true, value: options(world) });
  });
});
