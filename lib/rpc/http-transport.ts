import type { Transport, TransportReply } from './outcome';

/** Calls the pay service's route handlers over real HTTP. */
export function httpTransport(baseUrl: string): Transport {
  return {
    name: 'http',
    async send(op, body, timeoutMs): Promise<TransportReply> {
      try {
        const res = await fetch(`${baseUrl}/api/pay/${op}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await res.text();
        return { kind: 'reply', status: res.status, body: parseJson(text) };
      } catch (error) {
        const name = error instanceof Error ? error.name : '';
        const reason = name === 'TimeoutError' || name === 'AbortError' ? `timeout after ${timeoutMs} ms` : `connection failed: ${describe(error)}`;
        return { kind: 'no-reply', reason };
      }
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: { code?: string } }).cause;
    return cause?.code ?? error.message;
  }
  return String(error);
}
