import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseMatrix } from '@/lib/note/case-matrix';
import { runCase } from '@/lib/cases/run-case';
import { startTestLab, type TestLab } from '@/lib/testing/test-lab';
import { consistencyReport } from '@/lib/consistency/consistency-report';
import { describeStuck, stuckAndCounted } from './stuck-trades';

let t: TestLab;
beforeEach(async () => {
  t = await startTestLab({ settings: { v1OnUnknown: 'assume-success' } });
});
afterEach(() => t.close());

describe('naming a stuck trade by its case', () => {
  it("names each of the note's not-repairable cells", async () => {
    const notRepairable = caseMatrix.filter((c) => c.verdict === 'not repairable');
    const seen = new Map<string, string>();
    for (const cell of notRepairable) seen.set((await runCase(t.lab, cell)).tradeId, `${cell.op} case ${cell.case}`);
    const trades = stuckAndCounted(100);
    consistencyReport(t.lab, { onTrade: trades.count });
    const stuck = trades.stuck.map(describeStuck);
    expect(trades.stuckCount).toBe(stuck.length);
    expect(stuck.map((s) => s.tradeId).sort()).toEqual([...seen.keys()].sort());
    for (const s of stuck) {
      const cell = seen.get(s.tradeId)!;
      expect(s.explanation).toContain(cell === 'confirm case 3' ? 'V1 confirm case 3' : 'V1 create case 4 or delete case 3');
      expect(s.reason).toBe(cell === 'confirm case 3' ? 'v1ConfirmCase3' : 'orphanReservation');
      expect(s.reservations).toBe(1);
    }
  });
});
