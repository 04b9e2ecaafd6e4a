import http from 'node:http';
import type { TransportReply } from './transport';

/**
 * POSTs JSON over a keep-alive agent, with a timeout on the whole exchange; any missing or
 * garbled reply is reported as no reply. (node:http rather than fetch: on the hot path fetch
 * cost more CPU than the payment itself.)
 */
export function postJson(agent: http.Agent, base: URL, path: string, body: unknown, timeoutMs: number): Promise<TransportReply> {
  const payload = JSON.stringify(body);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (reply: TransportReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(reply);
    };
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => finish({ kind: 'reply', status: res.statusCode ?? 0, body: parseJson(Buffer.concat(chunks).toString()) }));
        res.on('error', (error) => finish({ kind: 'no-reply', reason: `connection failed: ${describe(error)}` }));
      },
    );
    const timer = setTimeout(() => {
      finish({ kind: 'no-reply', reason: `timeout after ${timeoutMs} ms` });
      req.destroy();
    }, timeoutMs);
    req.on('error', (error) => finish({ kind: 'no-reply', reason: `connection failed: ${describe(error)}` }));
    req.end(payload);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function describe(error: Error): string {
  return (error as Error & { code?: string }).code ?? error.message;
}
