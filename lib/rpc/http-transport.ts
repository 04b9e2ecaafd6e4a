import http from 'node:http';
import { postJson } from './http-post';
import type { Transport } from './transport';

/** Calls the pay service's route handlers over real HTTP, on a keep-alive connection pool. */
export function httpTransport(baseUrl: string): Transport {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  return {
    name: 'http',
    send: (endpoint, body, timeoutMs) => postJson(agent, base, `/api/pay/${endpoint}`, body, timeoutMs),
  };
}
