import type { CaseMatrixRun } from '@/app/_shared/lab-api';
import { cellName } from '@/lib/note/case-matrix';

type Books = CaseMatrixRun['books']['afterRetry'];

/**
 * The scratch lab's books once every cell has run: the retry repairs what it can, the provider's
 * reconciliation cancels V1's orphans, and what is left is what the note calls not repairable.
 */
export function CaseBooksView({ run }: { run: CaseMatrixRun }) {
  const nameOf = (tradeId: string) => {
    const c = run.cells.find((r) => r.tradeId === tradeId);
    return c ? `${tradeId} (${cellName(c.cell)})` : tradeId;
  };
  const stuck = run.cells.filter((c) => c.trade.verdict === 'stuck');
  return (
    <section className="panel case-books" aria-labelledby="case-books-title">
      <h2 id="case-books-title">The books, counted to the cent</h2>
      <div className="case-books-columns">
        <BooksColumn title="After every case and its retry" books={run.books.afterRetry} nameOf={nameOf} />
        <div>
          <h3>Reconciliation</h3>
          <p>
            The provider cancels reservations whose trade does not exist:{' '}
            {run.books.reconciled.length ? run.books.reconciled.map(nameOf).join(', ') : 'none'}.
          </p>
          <p className="muted">It is the only repair of V1&apos;s orphans — no local row is left to retry from.</p>
        </div>
        <BooksColumn title="After reconciliation" books={run.books.afterReconcile} nameOf={nameOf} />
      </div>
      <p className="case-left">
        {stuck.length === 0
          ? 'Nothing is left stuck.'
          : `Left stuck, as the note says — not repairable by retry: ${stuck.map((c) => nameOf(c.tradeId)).join(', ')}.`}
      </p>
    </section>
  );
}

function BooksColumn({ title, books, nameOf }: { title: string; books: Books; nameOf: (id: string) => string }) {
  return (
    <div>
      <h3>{title}</h3>
      <p className="muted">
        {books.verdicts.consistent} consistent · {books.verdicts.converging} converging · {books.verdicts.stuck} stuck
      </p>
      <ul className="invariants">
        {books.invariants.map((i) => (
          <li key={i.id} className={i.ok ? 'ok' : 'broken'}>
            {i.ok ? '✓' : '✗'} {i.description}
            {!i.ok && i.witnesses.length > 0 && <span> — {i.witnesses.map(nameOf).join(', ')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
