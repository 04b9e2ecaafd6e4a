import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createLab, type Lab, type LabOptions } from '@/lib/lab';
import { handlePayRequest, payOps, type PayOp } from '@/lib/pay/pay-api';
import type { SettingsPatch } from '@/lib/settings/settings';

export interface TestLab {
  lab: Lab;
  dataDir: string;
  /** Waits for late deliveries, closes the server and the databases, removes the folder unless kept. */
  close(options?: { keepData?: boolean }): Promise<void>;
}

/** Fast enough for tests, slow enough that a loopback reply always beats the timeout. */
export const testSettings: SettingsPatch = { rpcTimeoutMs: 150, backoff: { baseMs: 10, maxMs: 100, maxAttempts: 5, jitter: 0 } };

/**
 * A lab on real SQLite files in a fresh temporary folder. With the HTTP transport the pay
 * service is served by a real HTTP server on a loopback port, through the same wire handler
 * as the Next route, so every call makes a real network hop.
 */
export async function startTestLab(options: { transport?: LabOptions['transport']; settings?: SettingsPatch; dataDir?: string } = {}): Promise<TestLab> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'lab-test-'));
  const transport = options.transport ?? 'http';
  let server: Server | undefined;
  let lab: Lab | undefined;
  let payServiceUrl: string | undefined;
  if (transport === 'http') {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const op = /^\/api\/pay\/(\w+)$/.exec(req.url ?? '')?.[1];
        const reply =
          op && (payOps as readonly string[]).includes(op) && lab
            ? handlePayRequest(lab.pay, op as PayOp, JSON.parse(Buffer.concat(chunks).toString() || 'null'))
            : { status: 404, body: { error: { code: 'not_found', message: 'no such pay route' } } };
        res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    payServiceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  lab = createLab({ dataDir, transport, payServiceUrl, settings: { ...testSettings, ...options.settings } });
  const opened = lab;
  return {
    lab: opened,
    dataDir,
    async close({ keepData = false } = {}) {
      await opened.trade.rpc.settled();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      opened.close();
      if (!keepData && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** For a test file: a function that opens labs, every one of them closed after each test. */
export function useTestLabs(defaults: Parameters<typeof startTestLab>[0] = {}) {
  const open: TestLab[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((t) => t.close()));
  });
  return async (options: Parameters<typeof startTestLab>[0] = {}): Promise<TestLab> => {
    const t = await startTestLab({ ...defaults, ...options });
    open.push(t);
    return t;
  };
}
