import { afterEach } from 'vitest';
import { startScratchLab, type ScratchLab, type ScratchLabOptions } from '@/lib/scratch-lab';
import type { SettingsPatch } from '@/lib/settings/settings';

export type TestLab = ScratchLab;

/** Fast enough for tests, slow enough that a loopback reply always beats the timeout. */
export const testSettings: SettingsPatch = { rpcTimeoutMs: 300, backoff: { baseMs: 10, maxMs: 100, maxAttempts: 5, jitter: 0 } };

/** A scratch lab (real SQLite files, a real HTTP hop by default) with the tests' quick settings. */
export function startTestLab(options: ScratchLabOptions = {}): Promise<TestLab> {
  return startScratchLab({ ...options, settings: { ...testSettings, ...options.settings } });
}

/** For a test file: a function that opens labs, every one of them closed after each test. */
export function labsClosedAfterEach(defaults: ScratchLabOptions = {}) {
  const open: TestLab[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((t) => t.close()));
  });
  return async (options: ScratchLabOptions = {}): Promise<TestLab> => {
    const t = await startTestLab({ ...defaults, ...options });
    open.push(t);
    return t;
  };
}
