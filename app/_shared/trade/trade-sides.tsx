'use client';

import { useTranslations } from 'next-intl';
import { useNow } from '@/app/_shared/hooks/use-now';
import type { TradeView } from '@/app/_shared/lab-api';
import { clockTime, untilNow } from '@/app/_shared/ui/format';
import './trade-sides.css';

/** What each side of the selected trade says, under the diagram. */
export function TradeSides({ trade }: { trade: TradeView | null }) {
  const t = useTranslations();
  const now = useNow(trade?.mirror?.nextRetryAt ? 1000 : null);
  if (!trade) return <p className="sides muted">{t('sides.none')}</p>;
  const { mirror, provider } = trade;
  const payEvents = trade.events.filter((e) => e.source === 'pay');

  return (
    <div className="sides">
      <p className="side-caller">
        <span className="mark-caller">●</span> {t('sides.caller')}{' '}
        {mirror ? (
          <>
            {t('sides.mirror')} <b>{mirror.state}</b>
            {mirror.owed && t('sides.owes', { op: mirror.owed })}
            {t('sides.attempts', { n: mirror.attempts })}
            {mirror.nextRetryAt !== null && t('sides.retry', { when: untilNow(t, mirror.nextRetryAt, now) })}
            {mirror.parked && t('sides.parked')}
            {mirror.lastError && <span className="muted"> · {mirror.lastError}</span>}
          </>
        ) : (
          <>
            {t('sides.noMirror')}
            {trade.trade ? t('sides.tradeStatus', { status: trade.trade.status }) : t('sides.noTradeRow')}
            {trade.trade?.pending && (
              // V3: a global transaction has tried its change on the row and not yet ended it.
              <b className="side-pending" data-pending={trade.trade.pending}>
                {t('coordinatorView.sides.pending', { op: trade.trade.pending, xid: trade.trade.heldBy ?? '—' })}
              </b>
            )}
          </>
        )}
      </p>
      <p className="side-provider">
        <span className="mark-provider">◆</span> {t('sides.provider')}{' '}
        {provider ? (
          <>
            {t('sides.payOrder')} <b>{provider.state}</b>
            {t('sides.reserved', { amount: provider.amount, n: provider.reservations })}
          </>
        ) : (
          t('sides.noPayOrder')
        )}
        {payEvents.length > 0 && <span className="muted"> · {payEvents.map((e) => `${e.type} ${clockTime(e.at)}`).join(', ')}</span>}
      </p>
      <p className={`verdict verdict-${trade.verdict}`}>
        {t(`verdicts.${trade.verdict}`)} · {t(`quadrants.${trade.quadrant}`)}
        {trade.fence.length > 0 && (
          <span className="muted">{t('sides.fence', { answers: trade.fence.map((f) => `${f.op} ${f.outcome}`).join(', ') })}</span>
        )}
      </p>
    </div>
  );
}
