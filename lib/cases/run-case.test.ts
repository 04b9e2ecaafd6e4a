import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestLab, type TestLab } from '@/lib/testing/test-lab';
import { caseMatrix, quadrantOfPair } from '@/lib/note/case-matrix';
import { tableOperations } from '@/lib/trade/operations';
import { runCase } from './run-case';

/**
 * Every cell of the note's case tables — create / modify (confirm) / delete × V1 / V2 × cases
 * 1–4 — produced over a real HTTP hop on real SQLite files: the (caller, provider) pair and the
 * quadrant right after the flow and after the retry, and the note's verdict.
 */
let t: TestLab;
beforeEach(async () => {
  t = await startTestLab({ transport: 'http', settings: { v1OnUnknown: 'assume-success' } });
});
afterEach(() => t.close());

describe.each(tableOperations)('%s', (op) => {
  it.each(caseMatrix.filter((c) => c.op === op))(
    '$strategy case $case → $after.0, $after.1 → after retry $retried.0, $retried.1 ($verdict)',
    async (cell) => {
      const seen = await runCase(t.lab, cell);
      expect(seen.after.pair).toEqual(cell.after);
      expect(seen.after.quadrant).toBe(quadrantOfPair(cell.after));
      expect(seen.after.verdict).toBe(
        cell.verdict === 'ideal' ? 'consistent' : cell.verdict === 'repaired by retry' ? 'converging' : 'stuck',
      );
      expect(seen.retried.pair).toEqual(cell.retried);
      expect(seen.retried.quadrant).toBe(quadrantOfPair(cell.retried));
      expect(seen.retried.verdict === 'consistent').toBe(cell.verdict !== 'not repairable');
      expect(seen.mismatches).toEqual([]);
    },
  );
});

describe('a cell that does not hold', () => {
  it('is reported with what differs', async () => {
    const cell = caseMatrix.find((c) => c.op === 'create' && c.strategy === 'v2' && c.case === 3)!;
    const seen = await runCase(t.lab, { ...cell, retried: ['unknown (owes try)', '—'] });
    expect(seen.mismatches).toEqual([
      'after retry: expected unknown (owes try), —, got trySuccess, trySuccess',
      'after retry: expected quadrant tradeOnly, got both',
    ]);
  });
});
