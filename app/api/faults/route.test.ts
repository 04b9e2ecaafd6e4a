import { beforeAll, describe, expect, it } from 'vitest';
import { errorOf, jsonRequest, params, useTemporaryLab } from '@/lib/testing/route-harness';
import { PUT } from './[id]/route';
import { GET } from './route';

beforeAll(() => useTemporaryLab());

const put = (id: string, body: unknown) => PUT(jsonRequest(`/api/faults/${id}`, 'PUT', body), params({ id }));
const modes = async () =>
  Object.fromEntries(
    ((await (await GET(jsonRequest('/api/faults', 'GET'))).json()).faults as { id: string; mode: string }[]).map((f) => [f.id, f.mode]),
  );

describe('/api/faults', () => {
  it('lists all eleven faults with labels', async () => {
    const { faults } = await (await GET(jsonRequest('/api/faults', 'GET'))).json();
    expect(faults).toHaveLength(11);
    expect(faults.find((f: { id: string }) => f.id === 'rpc.response_lost')).toMatchObject({ label: 'Response lost', mode: 'off' });
  });

  it('sets a mode', async () => {
    const res = await put('rpc.response_lost', { mode: 'always' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: 'rpc.response_lost', mode: 'always' });
    expect((await put('rpc.response_lost', { mode: 'probability', probability: 0.25 })).status).toBe(200);
    expect((await modes())['rpc.response_lost']).toBe('probability');
    await put('rpc.response_lost', { mode: 'off' });
  });

  it.each([
    ['an unknown fault id', 'rpc.cosmic_ray', { mode: 'always' }, 404, 'not_found'],
    ['an unknown mode', 'rpc.request_lost', { mode: 'sometimes' }, 400, 'bad_request'],
    ['a missing mode', 'rpc.request_lost', {}, 400, 'bad_request'],
    ['a probability out of range', 'rpc.request_lost', { mode: 'probability', probability: 1.5 }, 400, 'bad_request'],
    ['malformed JSON', 'rpc.request_lost', '{mode', 400, 'invalid_json'],
  ])('refuses %s and changes nothing', async (_what, id, body, status, code) => {
    const before = await modes();
    expect(await errorOf(await put(id, body))).toMatchObject({ status, code });
    expect(await modes()).toEqual(before);
  });
});
