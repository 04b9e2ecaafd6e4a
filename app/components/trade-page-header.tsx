'use client';

import { ActionError } from './action-error';
import { labApi, type TradeView } from './lab-api';
import { useTradeAction } from './use-trade-action';

interface Props {
  trade: TradeView;
  story: string;
  onChanged: (view: TradeView) => void;
}

/** The trade as a file: the whole view, as the API gives it, saved as `t-N.json`. */
function exportJson(trade: TradeView) {
  const blob = new Blob([JSON.stringify(trade, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${trade.id}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Title, the one-line story, and what can be done: export, and the retry controls. */
export function TradePageHeader({ trade, story, onChanged }: Props) {
  const { busy, error, run } = useTradeAction(onChanged);
  const owed = Boolean(trade.mirror?.owed || trade.redrive?.owed);

  return (
    <header className="panel tp-header">
      <div className="tp-title">
        <h1>
          {trade.id} · {trade.amount} · {trade.strategy.toUpperCase()}
        </h1>
        <p className="tp-story">{story}</p>
      </div>
      <div className="tp-buttons" role="group" aria-label={`Actions on trade ${trade.id}`}>
        <button type="button" className="small" onClick={() => exportJson(trade)}>
          Export JSON
        </button>
        <button type="button" className="small" disabled={busy || !owed} onClick={() => void run(() => labApi.tradeAction(trade.id, 'retry'))}>
          Retry now
        </button>
        <button type="button" className="small" disabled={busy || !owed} onClick={() => void run(() => labApi.tradeAction(trade.id, 'stop-retrying'))}>
          Stop retrying
        </button>
        <ActionError error={error} />
      </div>
    </header>
  );
}
