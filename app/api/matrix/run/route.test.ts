import { beforeAll, describe, expect, it } from 'vitest';
import { caseMatrix } from '@/lib/note/case-matrix';
import { errorOf, jsonRequest, rowCounts, useTemporaryLab } from '@/lib/testing/route-harness';
import { POST } from './route';

beforeAll(() => useTemporaryLab());

describe('POST /api/matrix/run', () => {
  it("runs every cell in a scratch lab and leaves the lab's own databases untouched", async () => {
    const before = rowCounts();
    const res = await POST(jsonRequest('/api/matrix/run', 'POST', undefined));
    expect(res.status).toBe(200);
    const run = (await res.json()) as { passed: number; failed: number; cells: { tradeId: string; passed: boolean }[] };
    expect(run).toMatchObject({ passed: caseMatrix.length, failed: 0 });
    expect(run.cells).toHaveLength(caseMatrix.length);
    expect(rowCounts()).toEqual(before);
  });

  it.each([[{ strategy: 'v1' }], ['{'], [[]]])('refuses %j and changes nothing', async (body) => {
    const before = rowCounts();
    expect((await errorOf(await POST(jsonRequest('/api/matrix/run', 'POST', body)))).status).toBe(400);
    expect(rowCounts()).toEqual(before);
  });

  it('refuses a cross-origin request', async () => {
    const res = await POST(jsonRequest('/api/matrix/run', 'POST', {}, { origin: 'https://evil.example' }));
    expect((await errorOf(res)).status).toBe(403);
  });
});
