import { describe, expect, it } from 'vitest';
import { chaosOptionsSchema } from './chaos-options';
import { chaosRun } from './chaos-run';

/** The report without its one wall-clock field. */
const replayable = async (seed: number) => {
  const { durationMs: _wallClock, ...report } = await chaosRun(chaosOptionsSchema.parse({ world: 'simulated', trades: 10_000, seed }));
  return JSON.stringify(report);
};

describe('a simulated chaos run', () => {
  it('replays byte for byte from its seed at 10,000 trades', { timeout: 300_000 }, async () => {
    const first = await replayable(3);
    expect(await replayable(3)).toBe(first);
    expect(JSON.parse(first)).toMatchObject({ transport: 'simulated', plan: { byStrategy: { v1: expect.any(Number) } } });
  });
});
