'use client';

import { useTranslations } from 'next-intl';
import { useTradeAction } from '@/app/_shared/hooks/use-trade-action';
import { labApi, type LiveTradeView } from '@/app/_shared/lab-api';
import { ActionError } from '@/app/_shared/ui/action-error';
import { downloadJson } from '@/app/_shared/ui/download-json';
import { serverRefusal } from '@/app/_shared/trade/server-refusal';

interface Props {
  trade: LiveTradeView;
  story: string;
  onChanged: (view: LiveTradeView) => void;
}

/** Title, the one-line story, and what can be done: export, and the retry controls. */
export function TradePageHeader({ trade, story, onChanged }: Props) {
  const t = useTranslations('tradePage');
  const { busy, error, run } = useTradeAction(onChanged);

  return (
    <header className="panel tp-header">
      <div className="tp-title">
        <h1>
          {trade.id} · {trade.amount} · {trade.strategy.toUpperCase()}
        </h1>
        <p className="tp-story">{story}</p>
      </div>
      <div className="tp-buttons" role="group" aria-label={t('actions', { id: trade.id })}>
        <button type="button" className="small" onClick={() => downloadJson(`${trade.id}.json`, trade)}>
          {t('export')}
        </button>
        <button
          type="button"
          className="small"
          disabled={busy || !trade.actions.retry.allowed}
          title={serverRefusal(trade, 'retry')}
          onClick={() => void run(() => labApi.tradeAction(trade.id, 'retry'))}
        >
          {t('retry')}
        </button>
        <button
          type="button"
          className="small"
          disabled={busy || !trade.actions['stop-retrying'].allowed}
          title={serverRefusal(trade, 'stop-retrying')}
          onClick={() => void run(() => labApi.tradeAction(trade.id, 'stop-retrying'))}
        >
          {t('stop')}
        </button>
        <ActionError error={error} />
      </div>
    </header>
  );
}
