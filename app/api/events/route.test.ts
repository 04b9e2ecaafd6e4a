import { beforeAll, describe, expect, it } from 'vitest';
import { getLab } from '@/lib/lab';
import { jsonRequest, useTemporaryLab } from '@/lib/testing/route-harness';
import { GET } from './route';

beforeAll(() => useTemporaryLab());

/** Reads the stream until `until` holds of everything read so far. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, until: (text: string) => boolean): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  while (!until(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  return text;
}

const wireEvents = (text: string) =>
  [...text.matchAll(/^event: wire\ndata: (.*)$/gm)].map((m) => JSON.parse(m[1]!) as { stepMode: boolean; held: unknown[] });

describe('GET /api/events', () => {
  it('carries the wire as named events: a snapshot on connect, another on each change', async () => {
    const abort = new AbortController();
    const response = await GET(new Request(jsonRequest('/api/events', 'GET'), { signal: abort.signal }));
    const reader = response.body!.getReader();

    const first = await readUntil(reader, (text) => wireEvents(text).length === 1);
    expect(wireEvents(first)).toEqual([expect.objectContaining({ stepMode: false, held: [] })]);
    // Unnamed and without an id: a trade-event client's onmessage and Last-Event-ID never see it.
    expect(first).not.toMatch(/^id: .*\nevent: wire/m);

    getLab().updateSettings({ stepMode: true });
    const next = await readUntil(reader, (text) => wireEvents(text).length === 1);
    expect(wireEvents(next)).toEqual([expect.objectContaining({ stepMode: true, held: [] })]);

    getLab().updateSettings({ stepMode: false });
    abort.abort();
    await reader.cancel();
  });
});
