import { describe, expect, it } from 'vitest';
import { caseMatrix } from '@/lib/note/case-matrix';
import { runEveryCase } from './run-every-case';

describe('running every case in a scratch lab', () => {
  it("produces every cell of the note's table as the table says, and leaves the books straight after reconciliation", async () => {
    const run = await runEveryCase();
    expect(run.transport).toBe('http');
    expect(run.cells.map((c) => [c.cell.op, c.cell.strategy, c.cell.case])).toEqual(caseMatrix.map((c) => [c.op, c.strategy, c.case]));
    expect(run.cells.filter((c) => !c.passed).map((c) => c.mismatches)).toEqual([]);
    expect(run).toMatchObject({ passed: caseMatrix.length, failed: 0 });
    // Each cell's story is there: the trade's own events and the provider's.
    for (const c of run.cells) expect(c.trade.events.length).toBeGreaterThan(0);

    // The two V1 orphans (create case 4, delete case 3) hang until the provider reconciles them.
    const orphans = run.cells.filter(
      (c) => c.cell.strategy === 'v1' && ((c.cell.op === 'create' && c.cell.case === 4) || (c.cell.op === 'delete' && c.cell.case === 3)),
    );
    const invariant = (books: typeof run.books.afterRetry, id: string) => books.invariants.find((i) => i.id === id)!;
    expect(invariant(run.books.afterRetry, 'noHangingReservation').witnesses.sort()).toEqual(orphans.map((c) => c.tradeId).sort());
    expect(run.books.reconciled.sort()).toEqual(orphans.map((c) => c.tradeId).sort());
    expect(run.books.afterReconcile.invariants.filter((i) => !i.ok)).toEqual([]);
    // What reconciliation cannot reach: V1's confirm case 3, a confirmed trade whose payment is only reserved.
    expect(run.books.afterReconcile.verdicts.stuck).toBe(1);
    expect(invariant(run.books.afterReconcile, 'moneyConserved').ok).toBe(true);
  });
});
