import { beforeAll, describe, expect, it } from 'vitest';
import { errorOf, jsonRequest, params, useTemporaryLab } from '@/lib/testing/route-harness';
import { GET } from './route';

beforeAll(() => useTemporaryLab());

const open = (id: string) => GET(jsonRequest(`/api/explore/schedules/${encodeURIComponent(id)}`, 'GET'), params({ id }));

describe('GET /api/explore/schedules/:id', { timeout: 30_000 }, () => {
  it('replays a counterexample from its id: the same turns, the same end, the claim it breaks', async () => {
    const res = await open('v1.on.create-confirm.d1.01');
    expect(res.status).toBe(200);
    const replayed = await res.json();
    expect(replayed).toMatchObject({
      id: 'v1.on.create-confirm.d1.01',
      told: 'create V1 case 3, then confirm → 200 (created, —); after recovery (created, —) stuck',
      outcome: { faults: 1, afterRecovery: { verdict: 'stuck' } },
      story: { id: 't-1' },
    });
    expect(replayed.properties).toContainEqual(expect.objectContaining({ id: 'v1.create-3-repaired', kept: false }));
  });

  it.each([['v9.on.create.d1.0'], ['v1.on.create.d1.2'], ['v2.on.create.d1.000000000000000000001'], ['not an id']])(
    'answers %j, which names no schedule, with a 404 in the error shape',
    async (id) => {
      expect(await errorOf(await open(id))).toMatchObject({ status: 404, code: 'not_found', message: expect.stringContaining(id) });
    },
  );
});
