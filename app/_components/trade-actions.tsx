'use client';

import { useTranslations } from 'next-intl';
import { useTradeAction } from '@/app/_shared/hooks/use-trade-action';
import { labApi, type TradeView } from '@/app/_shared/lab-api';
import { ActionError } from '@/app/_shared/ui/action-error';
import type { TradeRequest } from '@/lib/pay-order/event-availability';
import './trade-actions.css';

type Action = TradeRequest | 'retry' | 'stop-retrying';

/** The one request behind each action, whichever button (here or on the diagram) sends it. */
export const requestFor = (tradeId: string, action: Action) =>
  action === 'delete' ? labApi.deleteTrade(tradeId) : labApi.tradeAction(tradeId, action);

/** Each action's button, by its message in the catalog; the order is the buttons'. */
const labels: Record<Action, string> = {
  confirm: 'dashboard.tradeActions.confirm',
  cancel: 'dashboard.tradeActions.cancel',
  delete: 'dashboard.tradeActions.delete',
  retry: 'tradePage.retry',
  'stop-retrying': 'tradePage.stop',
};

/**
 * What can be done to the selected trade. Buttons the trade's state rules out are disabled,
 * but the server decides: a refusal (e.g. 409, not expired) is shown as it comes.
 */
export function TradeActions({ trade }: { trade: TradeView }) {
  // Success needs no message: the stream brings the transitions and the refreshed trade.
  const t = useTranslations();
  const { busy, error, run } = useTradeAction();
  const created = trade.trade?.status === 'created';
  const owed = Boolean(trade.mirror?.owed) || Boolean(trade.redrive?.owed);
  const enabled: Record<Action, boolean> = {
    confirm: created,
    cancel: created,
    delete: created,
    retry: owed,
    'stop-retrying': owed && !trade.mirror?.parked,
  };

  return (
    <div className="trade-actions" role="group" aria-label={t('tradePage.actions', { id: trade.id })}>
      {(Object.keys(labels) as Action[]).map((action) => (
        <button
          key={action}
          type="button"
          className="small"
          disabled={busy || !enabled[action]}
          onClick={() => void run(() => requestFor(trade.id, action))}
        >
          {t(labels[action])}
        </button>
      ))}
      <ActionError error={error} />
    </div>
  );
}
