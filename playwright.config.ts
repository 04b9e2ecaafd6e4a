import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// Every e2e run gets empty databases. This file is also loaded by each worker process, which
// inherits the runner's environment: reuse the folder instead of making one per process.
process.env.LAB_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'lab-e2e-'));
const dataDir = process.env.LAB_E2E_DATA_DIR;
// Another port lets two checkouts run their e2e suites side by side.
const port = process.env.E2E_PORT ?? '3100';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // The tests share one server and one pair of databases: run them one at a time.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          // scripts/test.js sets this (Debian's chromium by default); unset = Playwright's own.
          executablePath: process.env.CHROMIUM_PATH || undefined,
          // Runs as root in containers/CI, offline: no sandbox, GPU or background traffic.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // The real `npm start` path (builds first if needed), on a port of its own.
    command: 'node scripts/start.js',
    url: `http://127.0.0.1:${port}/api/faults`,
    reuseExistingServer: false,
    timeout: 240_000, // includes a cold `next build`
    // Telemetry off: test machines have no network to send it to.
    env: { PORT: port, HOST: '127.0.0.1', DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: '1' },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
