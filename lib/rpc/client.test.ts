import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '@/lib/clock/clock';
import { FaultInjector } from '@/lib/faults/fault-injector';
import { classify, createRpcClient } from './client';
import { httpTransport } from './http-transport';
import type { Transport } from './transport';

/** A provider stand-in that answers with whatever status the test asks for, and counts deliveries. */
let server: Server;
let baseUrl: string;
const received: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(body);
      const sent = JSON.parse(body) as { status?: number; delayMs?: number; simulate?: string };
      const { status = sent.simulate === 'reject' ? 409 : 200, delayMs = 0 } = sent;
      setTimeout(
        () =>
          res
            .writeHead(status, { 'content-type': 'application/json' })
            .end(
              JSON.stringify(
                status === 409
                  ? { error: { code: 'insufficient_funds', message: 'no money' } }
                  : { op: 'try', payOrder: null, replay: false },
              ),
            ),
        delayMs,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const request = (body: Record<string, unknown>) => ({
  op: 'try' as const,
  body: { payOrderId: 'po-1', tradeId: 't-1', amountCents: 100, ...body },
});

describe('classify: the protocol has three outcomes', () => {
  it.each([
    [{ kind: 'reply' as const, status: 200, body: {} }, 'success'],
    [{ kind: 'reply' as const, status: 409, body: { error: { code: 'x', message: 'y' } } }, 'failure'],
    [{ kind: 'reply' as const, status: 500, body: 'oops' }, 'unknown'],
    [{ kind: 'reply' as const, status: 502, body: '' }, 'unknown'],
    [{ kind: 'reply' as const, status: 400, body: {} }, 'unknown'],
    [{ kind: 'no-reply' as const, reason: 'timeout' }, 'unknown'],
  ])('%j is %s', (reply, kind) => {
    expect(classify(reply).kind).toBe(kind);
  });
});

const payTry = { to: 'pay', endpoint: 'try' } as const;

describe('the HTTP transport', () => {
  it('maps 200, 409 and 5xx over a real socket', async () => {
    const transport = httpTransport(baseUrl);
    expect(classify(await transport.send(payTry, { status: 200 }, 1000))).toMatchObject({ kind: 'success' });
    expect(classify(await transport.send(payTry, { status: 409 }, 1000))).toMatchObject({ kind: 'failure', code: 'insufficient_funds' });
    expect(classify(await transport.send(payTry, { status: 503 }, 1000))).toMatchObject({ kind: 'unknown' });
  });

  it('gives up at the timeout: unknown, not failure', async () => {
    const reply = await httpTransport(baseUrl).send(payTry, { delayMs: 300 }, 50);
    expect(reply).toEqual({ kind: 'no-reply', reason: 'timeout after 50 ms' });
  });

  it('reports a refused connection as unknown', async () => {
    const reply = await httpTransport('http://127.0.0.1:1').send(payTry, {}, 500);
    expect(reply.kind).toBe('no-reply');
    expect(classify(reply).kind).toBe('unknown');
  });
});

describe('the RPC client with faults in its path', () => {
  const make = (transport: Transport = httpTransport(baseUrl)) => {
    const faults = new FaultInjector();
    return { faults, client: createRpcClient({ transport, faults, clock: systemClock, timeoutMs: () => 300, from: 'trade' }) };
  };

  it('request lost: nothing reaches the provider, the caller times out', async () => {
    const { faults, client } = make();
    faults.set('rpc.request_lost', { mode: 'once' });
    const before = received.length;
    const attempt = await client.call(request({ mark: 'lost' }));
    expect(attempt).toMatchObject({ outcome: { kind: 'unknown' }, fault: 'rpc.request_lost', providerReply: null });
    expect(attempt.durationMs).toBeGreaterThanOrEqual(295);
    expect(received.length).toBe(before);
  });

  it('response lost: the provider answered, the caller never hears it', async () => {
    const { faults, client } = make();
    faults.set('rpc.response_lost', { mode: 'once' });
    const before = received.length;
    const attempt = await client.call(request({}));
    expect(attempt).toMatchObject({ outcome: { kind: 'unknown' }, fault: 'rpc.response_lost', providerReply: { status: 200 } });
    expect(received.length).toBe(before + 1);
  });

  it('slow provider: unknown at the timeout, then the request lands late', async () => {
    const { faults, client } = make();
    faults.set('rpc.slow_provider', { mode: 'once' });
    const before = received.length;
    const attempt = await client.call(request({ mark: 'slow' }));
    expect(attempt).toMatchObject({ outcome: { kind: 'unknown' }, lateDelivery: true });
    expect(received.length).toBe(before);
    await client.drained();
    expect(received.length).toBe(before + 1);
  });

  it('duplicate delivery: the provider receives the request twice', async () => {
    const { faults, client } = make();
    faults.set('rpc.duplicate', { mode: 'once' });
    const before = received.length;
    const attempt = await client.call(request({}));
    expect(attempt.outcome.kind).toBe('success');
    expect(received.length).toBe(before + 2);
  });

  it('provider rejects: the request reaches the provider marked, and its refusal is a definite failure', async () => {
    const { faults, client } = make();
    faults.set('rpc.provider_rejects', { mode: 'once' });
    const before = received.length;
    const attempt = await client.call(request({}));
    expect(attempt).toMatchObject({
      outcome: { kind: 'failure', code: 'insufficient_funds' },
      fault: 'rpc.provider_rejects',
      providerReply: { status: 409 },
    });
    expect(received.slice(before).map((b) => JSON.parse(b))).toEqual([
      { payOrderId: 'po-1', tradeId: 't-1', amountCents: 100, simulate: 'reject' },
    ]);
  });

  it('a forced fault fires with every switch off', async () => {
    const { client } = make();
    expect((await client.call(request({}), ['rpc.request_lost'])).fault).toBe('rpc.request_lost');
  });
});
