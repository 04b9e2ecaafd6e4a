/**
 * `npm run matrix`: every cell of the note's case tables, produced in a scratch lab and checked
 * — the same run as the Matrix page and POST /api/matrix/run. Exits 1 if a cell departs from the table.
 */
import { cellName } from '@/lib/note/case-matrix';
import { runEveryCase } from '@/lib/cases/run-every-case';

const run = await runEveryCase();
const pair = ([caller, provider]: readonly string[]) => `${caller}, ${provider}`;
for (const c of run.cells) {
  const line = `${c.passed ? '✓' : '✗'} ${cellName(c.cell).padEnd(22)} ${pair(c.after.pair)} → ${pair(c.retried.pair)}`;
  console.log(`${line.padEnd(90)} ${c.cell.verdict.padEnd(17)} · ${c.cost.messages} messages, ${c.cost.commits} commits · ${c.tradeId}`);
  for (const m of c.mismatches) console.log(`    ${m}`);
}
const broken = (books: typeof run.books.afterRetry) =>
  books.invariants.filter((i) => !i.ok).map((i) => `${i.id} (${i.witnesses.join(', ')})`);
console.log(`\nafter every retry: ${broken(run.books.afterRetry).join('; ') || 'every invariant holds'}`);
console.log(`reconciliation cancelled: ${run.books.reconciled.join(', ') || 'nothing'}`);
console.log(`after reconciliation: ${broken(run.books.afterReconcile).join('; ') || 'every invariant holds'}`);
console.log(
  `\n${run.passed} passed, ${run.failed} failed · ${(run.durationMs / 1000).toFixed(1)} s over ${run.transport === 'http' ? 'a real HTTP hop' : 'the in-process transport'}`,
);
process.exitCode = run.failed ? 1 : 0;
