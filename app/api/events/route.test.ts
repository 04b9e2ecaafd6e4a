import { beforeAll, describe, expect, it } from 'vitest';
import { jsonRequest, useTemporaryLab } from '@/lib/testing/route-harness';
import { POST as create } from '../trades/route';
import { GET } from './route';

beforeAll(() => useTemporaryLab());

/** Reads the stream until `count` events arrived, then hangs up. */
async function readEvents(headers: Record<string, string>, count: number): Promise<{ id: number; type: string; tradeId: string | null }[]> {
  const abort = new AbortController();
  const req = new Request('http://127.0.0.1:3000/api/events', { headers, signal: abort.signal });
  const res = await GET(req);
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: { id: number; type: string; tradeId: string | null }[] = [];
  let buffer = '';
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const id = /^id: (\d+)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (id && data) {
        const row = JSON.parse(data);
        expect(row.id).toBe(Number(id));
        events.push(row);
      }
    }
  }
  abort.abort();
  await reader.cancel().catch(() => undefined);
  return events;
}

describe('GET /api/events', () => {
  it('streams every stored event with its id, and resumes after Last-Event-ID', async () => {
    await create(jsonRequest('/api/trades', 'POST', { amount: '3.21' }));
    // intent (init), the try's RPC attempt, the result (trySuccess)
    const all = await readEvents({ 'last-event-id': '0' }, 3);
    expect(all.map((e) => e.type)).toEqual(['transition', 'rpc', 'transition']);
    expect(all.every((e) => e.tradeId === all[0]!.tradeId)).toBe(true);
    const resumed = await readEvents({ 'last-event-id': String(all[0]!.id) }, 2);
    expect(resumed.map((e) => e.id)).toEqual([all[1]!.id, all[2]!.id]);
  });

  it('pushes a new event to a waiting client', async () => {
    const seen = await readEvents({ 'last-event-id': '0' }, 3);
    const pending = readEvents({ 'last-event-id': String(seen.at(-1)!.id) }, 1);
    await new Promise((r) => setTimeout(r, 50));
    await create(jsonRequest('/api/trades', 'POST', { amount: '4.56' }));
    const [first] = await pending;
    expect(first).toMatchObject({ type: 'transition', tradeId: 't-2' });
  });
});
