import http from 'node:http';
import { postJson } from './http-post';
import type { Transport } from './transport';

/** Calls the services' route handlers over real HTTP (/api/<service>/<endpoint>), on a keep-alive connection pool. */
export function httpTransport(baseUrl: string): Transport {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  return {
    name: 'http',
    send: ({ to, endpoint }, body, timeoutMs) => postJson(agent, base, `/api/${to}/${endpoint}`, body, timeoutMs),
  };
}
