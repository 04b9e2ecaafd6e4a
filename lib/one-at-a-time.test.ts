import { describe, expect, it } from 'vitest';
import { oneAtATime } from './one-at-a-time';

describe('oneAtATime', () => {
  it('refuses a second run of the same name while the first runs, and takes it again after', async () => {
    let finish!: () => void;
    const first = oneAtATime('chaos run', () => new Promise<string>((resolve) => (finish = () => resolve('first'))));
    expect(await oneAtATime('chaos run', async () => 'second')).toMatchObject({ ok: false, error: { code: 'run_in_progress' } });
    expect(await oneAtATime('case matrix run', async () => 'other')).toEqual({ ok: true, value: 'other' });
    finish();
    expect(await first).toEqual({ ok: true, value: 'first' });
    expect(await oneAtATime('chaos run', async () => 'third')).toEqual({ ok: true, value: 'third' });
  });

  it('frees the name when the run fails', async () => {
    await expect(oneAtATime('x', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await oneAtATime('x', async () => 1)).toEqual({ ok: true, value: 1 });
  });
});
