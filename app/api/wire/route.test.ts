import { beforeAll, describe, expect, it } from 'vitest';
import { getLab } from '@/lib/lab';
import { errorOf, jsonRequest, params, rowCounts, useTemporaryLab } from '@/lib/testing/route-harness';
import { createTrade } from '@/lib/trade/create-trade';
import { POST } from './[id]/route';
import { GET } from './route';

beforeAll(() => useTemporaryLab());

const held = async () => (await (await GET(jsonRequest('/api/wire', 'GET'))).json()) as { stepMode: boolean; held: { id: string }[] };
const act = (id: string, body: unknown) => POST(jsonRequest(`/api/wire/${id}`, 'POST', body), params({ id }));

describe('/api/wire', () => {
  it('lists what waits on the wire, and acts on one message', async () => {
    const lab = getLab();
    expect(await held()).toMatchObject({ stepMode: false, held: [] });
    lab.updateSettings({ stepMode: true, stepTimeoutMs: 60_000 });
    const created = createTrade(lab.trade, { amount: 5_00, strategy: 'v2' });
    while (!lab.wire.list().length) await new Promise((resolve) => lab.events.once('wire', resolve));
    const [message] = (await held()).held;
    expect(message).toMatchObject({ kind: 'call', op: 'try', payOrderId: 'po-1' });

    const before = rowCounts();
    for (const [body, status, code] of [
      [{ action: 'teleport' }, 400, 'bad_request'],
      [{}, 400, 'bad_request'],
      [{ action: 'deliver', extra: 1 }, 400, 'bad_request'],
      ['{action', 400, 'invalid_json'],
      [{ action: 'crash' }, 409, 'illegal_transition'],
    ] as const) {
      expect(await errorOf(await act(message!.id, body))).toMatchObject({ status, code });
    }
    expect(await errorOf(await act('w-404', { action: 'deliver' }))).toMatchObject({ status: 404, code: 'not_found' });
    expect(rowCounts()).toEqual(before);
    expect((await held()).held).toHaveLength(1);

    const done = await act(message!.id, { action: 'deliver' });
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ id: message!.id, action: 'deliver' });
    expect(await created).toMatchObject({ ok: true });
    expect(await errorOf(await act(message!.id, { action: 'deliver' }))).toMatchObject({ status: 404, code: 'not_found' });
    lab.updateSettings({ stepMode: false });
  });
});
