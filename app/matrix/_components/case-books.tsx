import { useTranslations } from 'next-intl';
import type { CaseMatrixRun } from '@/app/_shared/lab-api';
import { useCaseWords } from './case-names';

type Books = CaseMatrixRun['books']['afterRetry'];

/**
 * The scratch lab's books once every cell has run: the retry repairs what it can, the provider's
 * reconciliation cancels V1's orphans, and what is left is what the note calls not repairable.
 */
export function CaseBooksView({ run }: { run: CaseMatrixRun }) {
  const t = useTranslations('matrix.books');
  const words = useCaseWords();
  const nameOf = (tradeId: string) => {
    const c = run.cells.find((r) => r.tradeId === tradeId);
    return c ? t('tradeOfCell', { trade: tradeId, cell: words.name(c.cell) }) : tradeId;
  };
  const stuck = run.cells.filter((c) => c.trade.verdict === 'stuck');
  return (
    <section className="panel case-books" aria-labelledby="case-books-title">
      <h2 id="case-books-title">{t('title')}</h2>
      <div className="case-books-columns">
        <BooksColumn title={t('afterRetry')} books={run.books.afterRetry} nameOf={nameOf} />
        <div>
          <h3>{t('reconciliation')}</h3>
          <p>{t('reconciled', { trades: run.books.reconciled.length ? run.books.reconciled.map(nameOf).join(', ') : t('none') })}</p>
          <p className="muted">{t('onlyRepair')}</p>
        </div>
        <BooksColumn title={t('afterReconcile')} books={run.books.afterReconcile} nameOf={nameOf} />
      </div>
      <p className="case-left">
        {stuck.length === 0 ? t('nothingStuck') : t('leftStuck', { trades: stuck.map((c) => nameOf(c.tradeId)).join(', ') })}
      </p>
    </section>
  );
}

function BooksColumn({ title, books, nameOf }: { title: string; books: Books; nameOf: (id: string) => string }) {
  const t = useTranslations();
  return (
    <div>
      <h3>{title}</h3>
      <p className="muted">{t('matrix.books.verdicts', books.verdicts)}</p>
      <ul className="invariants">
        {books.invariants.map((i) => (
          <li key={i.id} className={i.ok ? 'ok' : 'broken'}>
            {i.ok ? '✓' : '✗'} {t(`invariants.${i.id}`)}
            {!i.ok && i.witnesses.length > 0 && <span> — {i.witnesses.map(nameOf).join(', ')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
