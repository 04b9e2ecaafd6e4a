'use client';

import { useNow } from '@/app/_shared/hooks/use-now';
import type { TradeList, TradeSummary } from '@/app/_shared/lab-api';
import { untilNow } from '@/app/_shared/ui/format';
import './trades-table.css';

interface Props {
  trades: TradeList | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Newest first. A row click selects the trade; the id is also a button, for the keyboard. */
export function TradesTable({ trades, selectedId, onSelect }: Props) {
  const now = useNow(trades?.items.some((t) => t.mirror?.nextRetryAt) ? 1000 : null);
  return (
    <section className="panel trades" aria-labelledby="trades-title">
      <h2 id="trades-title">
        Trades
        {trades && trades.total > trades.items.length && (
          <span className="muted">
            {' '}
            · latest {trades.items.length} of {trades.total}
          </span>
        )}
      </h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">id</th>
              <th scope="col">amount</th>
              <th scope="col">strategy</th>
              <th scope="col">trade</th>
              <th scope="col">mirror</th>
              <th scope="col">provider</th>
              <th scope="col">quadrant</th>
              <th scope="col">verdict</th>
              <th scope="col">attempts</th>
              <th scope="col">next retry</th>
              <th scope="col">page</th>
            </tr>
          </thead>
          <tbody>
            {trades?.items.map((t) => (
              <tr key={t.id} className={t.id === selectedId ? 'selected' : undefined} onClick={() => onSelect(t.id)}>
                <td>
                  {/* Its click bubbles to the row, which does the selecting. */}
                  <button
                    type="button"
                    className="link"
                    aria-current={t.id === selectedId ? 'true' : undefined}
                    aria-label={`Select trade ${t.id}`}
                  >
                    {t.id}
                  </button>
                </td>
                <td className="num">{t.amount}</td>
                <td>{t.strategy.toUpperCase()}</td>
                <td>{t.trade?.status ?? '—'}</td>
                <td>{mirrorCell(t)}</td>
                <td>
                  {t.provider ? `${t.provider.state}${t.provider.reservations > 1 ? ` · reserved ${t.provider.reservations}×` : ''}` : '—'}
                </td>
                <td>
                  <span className={`chip quadrant-${t.quadrant}`}>{t.quadrant}</span>
                </td>
                <td className={`verdict-${t.verdict}`}>{t.verdict}</td>
                <td className="num">{t.mirror?.attempts ?? '—'}</td>
                <td>{nextRetry(t, now)}</td>
                <td>
                  <a className="open-link" href={`/trades/${t.id}`} aria-label={`Open ${t.id}`} onClick={(e) => e.stopPropagation()}>
                    open
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {trades?.items.length === 0 && <p className="muted empty">No trades yet.</p>}
      </div>
    </section>
  );
}

function mirrorCell(t: TradeSummary): string {
  if (!t.mirror) return '—';
  const owed = t.mirror.owed ? ` (owes ${t.mirror.owed})` : '';
  return `${t.mirror.state}${owed}${t.mirror.parked ? ' · parked' : ''}`;
}

function nextRetry(t: TradeSummary, now: number): string {
  if (t.mirror?.parked) return 'stopped';
  return t.mirror?.nextRetryAt ? untilNow(t.mirror.nextRetryAt, now) : '—';
}
