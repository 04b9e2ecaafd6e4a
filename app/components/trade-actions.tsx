'use client';

import { useState } from 'react';
import { labApi, type TradeView } from './lab-api';

type Action = 'confirm' | 'cancel' | 'delete' | 'retry' | 'stop-retrying';

const labels: Record<Action, string> = { confirm: 'Confirm', cancel: 'Cancel', delete: 'Delete', retry: 'Retry now', 'stop-retrying': 'Stop retrying' };

/**
 * What can be done to the selected trade. Buttons the trade's state rules out are disabled,
 * but the server decides: a refusal (e.g. 409, not expired) is shown as it comes.
 */
export function TradeActions({ trade }: { trade: TradeView }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const created = trade.trade?.status === 'created';
  const owed = Boolean(trade.mirror?.owed) || Boolean(trade.redrive?.owed);
  const enabled: Record<Action, boolean> = {
    confirm: created,
    cancel: created,
    delete: created,
    retry: owed,
    'stop-retrying': owed && !trade.mirror?.parked,
  };

  async function run(action: Action) {
    setBusy(true);
    const result = action === 'delete' ? await labApi.deleteTrade(trade.id) : await labApi.tradeAction(trade.id, action);
    setBusy(false);
    // Success needs no message: the stream brings the transitions and the refreshed trade.
    setError(result.ok ? null : result.error.message);
  }

  return (
    <div className="trade-actions" role="group" aria-label={`Actions on trade ${trade.id}`}>
      {(Object.keys(labels) as Action[]).map((action) => (
        <button key={action} type="button" className="small" disabled={busy || !enabled[action]} onClick={() => void run(action)}>
          {labels[action]}
        </button>
      ))}
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </div>
  );
}
