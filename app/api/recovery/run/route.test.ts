import { beforeAll, describe, expect, it } from 'vitest';
import { errorOf, jsonRequest, rowCounts, useTemporaryLab } from '@/lib/testing/route-harness';
import { POST } from './route';

beforeAll(() => useTemporaryLab());

describe('POST /api/recovery/run', () => {
  it('runs one sweep with or without a body', async () => {
    for (const body of [undefined, {}, { force: true }]) {
      const res = await POST(jsonRequest('/api/recovery/run', 'POST', body));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ attempted: [], converged: [], busy: [], attemptedCount: 0, convergedCount: 0 });
    }
  });

  it.each([[{ force: 'yes' }], [{ hurry: true }], ['{']])('refuses %j and changes nothing', async (body) => {
    const before = rowCounts();
    expect((await errorOf(await POST(jsonRequest('/api/recovery/run', 'POST', body)))).status).toBe(400);
    expect(rowCounts()).toEqual(before);
  });
});
