import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLab, type Lab, type LabOptions, type LabWorld } from '@/lib/lab';
import type { WireReply } from '@/lib/protocol/status-rule';
import { addressOf, answerAt } from '@/lib/rpc/transport';
import type { SettingsPatch } from '@/lib/settings/settings';

export interface ScratchLab {
  lab: Lab;
  dataDir: string;
  /** Waits for late deliveries, closes the server and the databases, removes the folder unless kept. */
  close(options?: { keepData?: boolean }): Promise<void>;
}

export interface ScratchLabOptions {
  transport?: LabOptions['transport'];
  settings?: SettingsPatch;
  /** An existing folder (kept on close); by default a fresh temporary one (removed on close). */
  dataDir?: string;
  /** A simulated world (virtual clock, simulated network) instead of the real one; `transport` is then ignored. */
  world?: LabWorld;
  /** Keep the two files in memory-backed storage (/dev/shm) where the machine has it: a simulation's files outlive nothing. */
  inMemory?: boolean;
}

const memoryBacked = '/dev/shm';

/**
 * A lab of its own on real SQLite files in a temporary folder, beside the running one and
 * sharing nothing with it. With the HTTP transport its services are served by a real HTTP
 * server on a loopback port, through the same wire handler as the Next route, so every call
 * makes a real network hop.
 */
export async function startScratchLab(options: ScratchLabOptions = {}): Promise<ScratchLab> {
  const parent = options.inMemory && existsSync(memoryBacked) ? memoryBacked : tmpdir();
  const dataDir = options.dataDir ?? mkdtempSync(path.join(parent, 'lab-scratch-'));
  const transport = options.world ? 'in-process' : (options.transport ?? 'http');
  let server: Server | undefined;
  let lab: Lab | undefined;
  let payServiceUrl: string | undefined;
  if (transport === 'http') {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        void Promise.resolve(lab ? serve(lab, req.url ?? '', Buffer.concat(chunks).toString()) : notFound).then((reply) =>
          res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body)),
        );
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    payServiceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  try {
    lab = createLab({ dataDir, transport, payServiceUrl, settings: options.settings, world: options.world });
  } catch (error) {
    // Nothing to hand back: leave no listening socket or temporary folder behind.
    server?.close();
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const opened = lab;
  return {
    lab: opened,
    dataDir,
    async close({ keepData = false } = {}) {
      await opened.trade.rpc.drained();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      opened.close();
      if (!keepData && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const notFound: WireReply = { status: 404, body: { error: { code: 'not_found', message: 'no such service endpoint' } } };

/** One request to the scratch lab's services, as their route handlers answer it. */
function serve(lab: Lab, url: string, text: string): WireReply | Promise<WireReply> {
  const address = addressOf(url);
  if (!address) return notFound;
  let body: unknown;
  try {
    body = JSON.parse(text || 'null');
  } catch {
    return { status: 400, body: { error: { code: 'bad_json', message: 'the body is not JSON' } } };
  }
  return answerAt(lab.services, address, body);
}
