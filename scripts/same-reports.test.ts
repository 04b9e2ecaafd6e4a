import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

/** The three reports a script or person reads print what they printed when they were recorded (wall-clock figures aside). */
it('the matrix, a simulated chaos run and the explorer print the recorded reports', () => {
  const done = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/same-reports.ts'], { encoding: 'utf8' });
  expect(done.stderr).toBe('');
  expect(done.stdout).not.toContain('✗');
  expect(done.status).toBe(0);
}, 300_000);
