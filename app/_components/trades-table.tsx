'use client';

import { useTranslations } from 'next-intl';
import { useNow } from '@/app/_shared/hooks/use-now';
import type { TradeList, TradeSummary } from '@/app/_shared/lab-api';
import { untilNow } from '@/app/_shared/ui/format';
import { scoped, type Words } from '@/app/_shared/ui/words';
import './trades-table.css';

interface Props {
  trades: TradeList | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const columns = [
  'id',
  'amount',
  'strategy',
  'trade',
  'mirror',
  'provider',
  'quadrant',
  'verdict',
  'attempts',
  'nextRetry',
  'page',
] as const;

/** Newest first. A row click selects the trade; the id is also a button, for the keyboard. */
export function TradesTable({ trades, selectedId, onSelect }: Props) {
  const all = useTranslations();
  const t = scoped(all, 'dashboard.trades');
  const now = useNow(trades?.items.some((trade) => trade.mirror?.nextRetryAt) ? 1000 : null);
  return (
    <section className="panel trades" aria-labelledby="trades-title">
      <h2 id="trades-title">
        {t('title')}
        {trades && trades.total > trades.items.length && (
          <span className="muted">{t('latest', { shown: trades.items.length, total: trades.total })}</span>
        )}
      </h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {t(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trades?.items.map((trade) => (
              <tr key={trade.id} className={trade.id === selectedId ? 'selected' : undefined} onClick={() => onSelect(trade.id)}>
                <td>
                  {/* Its click bubbles to the row, which does the selecting. */}
                  <button
                    type="button"
                    className="link"
                    aria-current={trade.id === selectedId ? 'true' : undefined}
                    aria-label={t('select', { id: trade.id })}
                  >
                    {trade.id}
                  </button>
                </td>
                <td className="num">{trade.amount}</td>
                <td>{trade.strategy.toUpperCase()}</td>
                <td>{trade.trade?.status ?? '—'}</td>
                <td>{mirrorCell(t, trade)}</td>
                <td>
                  {trade.provider
                    ? `${trade.provider.state}${trade.provider.reservations > 1 ? t('reserved', { n: trade.provider.reservations }) : ''}`
                    : '—'}
                </td>
                <td>
                  <span className={`chip quadrant-${trade.quadrant}`}>{t(`quadrants.${trade.quadrant}`)}</span>
                </td>
                <td className={`verdict-${trade.verdict}`}>{all(`verdicts.${trade.verdict}`)}</td>
                <td className="num">{trade.mirror?.attempts ?? '—'}</td>
                <td>{nextRetry(t, all, trade, now)}</td>
                <td>
                  <a
                    className="open-link"
                    href={`/trades/${trade.id}`}
                    aria-label={t('openLabel', { id: trade.id })}
                    onClick={(e) => e.stopPropagation()}
                  >
                    {t('open')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {trades?.items.length === 0 && <p className="muted empty">{t('empty')}</p>}
      </div>
    </section>
  );
}

function mirrorCell(t: Words, trade: TradeSummary): string {
  if (!trade.mirror) return '—';
  const owed = trade.mirror.owed ? t('owes', { op: trade.mirror.owed }) : '';
  return `${trade.mirror.state}${owed}${trade.mirror.parked ? t('parked') : ''}`;
}

function nextRetry(t: Words, all: Words, trade: TradeSummary, now: number): string {
  if (trade.mirror?.parked) return t('stopped');
  return trade.mirror?.nextRetryAt ? untilNow(all, trade.mirror.nextRetryAt, now) : '—';
}
