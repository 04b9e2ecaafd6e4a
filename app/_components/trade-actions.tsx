'use client';

import { useTranslations } from 'next-intl';
import { useTradeAction } from '@/app/_shared/hooks/use-trade-action';
import { labApi, type LiveTradeView } from '@/app/_shared/lab-api';
import { serverRefusal } from '@/app/_shared/trade/server-refusal';
import { ActionError } from '@/app/_shared/ui/action-error';
import type { TradeAction } from '@/lib/trade/trade-actions';
import './trade-actions.css';

/** The one request behind each action, whichever button (here or on the diagram) sends it. */
export const requestFor = (tradeId: string, action: TradeAction) =>
  action === 'delete' ? labApi.deleteTrade(tradeId) : labApi.tradeAction(tradeId, action);

/** Each action's button, by its message in the catalog; the order is the buttons'. */
const labels: Record<TradeAction, string> = {
  confirm: 'dashboard.tradeActions.confirm',
  cancel: 'dashboard.tradeActions.cancel',
  delete: 'dashboard.tradeActions.delete',
  retry: 'tradePage.retry',
  'stop-retrying': 'tradePage.stop',
};

/**
 * What can be done to the selected trade, as the server says it would take each now: a button
 * it would refuse is disabled with the server's reason. A refusal that comes anyway (the trade
 * moved on meanwhile) is shown as it comes.
 */
export function TradeActions({ trade }: { trade: LiveTradeView }) {
  // Success needs no message: the stream brings the transitions and the refreshed trade.
  const t = useTranslations();
  const { busy, error, run } = useTradeAction();

  return (
    <div className="trade-actions" role="group" aria-label={t('tradePage.actions', { id: trade.id })}>
      {(Object.keys(labels) as TradeAction[]).map((action) => (
        <button
          key={action}
          type="button"
          className="small"
          disabled={busy || !trade.actions[action].allowed}
          title={serverRefusal(trade, action)}
          onClick={() => void run(() => requestFor(trade.id, action))}
        >
          {t(labels[action])}
        </button>
      ))}
      <ActionError error={error} />
    </div>
  );
}
