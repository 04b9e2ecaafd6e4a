'use client';

import { useNow } from '@/app/_shared/hooks/use-now';
import type { TradeView } from '@/app/_shared/lab-api';
import { clockTime, untilNow } from '@/app/_shared/ui/format';
import './trade-sides.css';

/** What each side of the selected trade says, under the diagram. */
export function TradeSides({ trade }: { trade: TradeView | null }) {
  const now = useNow(trade?.mirror?.nextRetryAt ? 1000 : null);
  if (!trade) return <p className="sides muted">Create a trade, or pick one in the table, to see its two tokens.</p>;
  const { mirror, provider } = trade;
  const payEvents = trade.events.filter((e) => e.source === 'pay');

  return (
    <div className="sides">
      <p className="side-caller">
        <span className="mark-caller">●</span> caller{' '}
        {mirror ? (
          <>
            mirror <b>{mirror.state}</b>
            {mirror.owed && ` · owes ${mirror.owed}`} · {mirror.attempts} attempt{mirror.attempts === 1 ? '' : 's'}
            {mirror.nextRetryAt !== null && ` · retry ${untilNow(mirror.nextRetryAt, now)}`}
            {mirror.parked && ' · parked: needs attention'}
            {mirror.lastError && <span className="muted"> · {mirror.lastError}</span>}
          </>
        ) : (
          <>has no mirror{trade.trade ? ` · trade ${trade.trade.status}` : ' · no trade row'}</>
        )}
      </p>
      <p className="side-provider">
        <span className="mark-provider">◆</span> provider{' '}
        {provider ? (
          <>
            pay order <b>{provider.state}</b> · {provider.amount} · reserved {provider.reservations}×
          </>
        ) : (
          'has no pay order'
        )}
        {payEvents.length > 0 && <span className="muted"> · {payEvents.map((e) => `${e.type} ${clockTime(e.at)}`).join(', ')}</span>}
      </p>
      <p className={`verdict verdict-${trade.verdict}`}>
        {trade.verdict} · {trade.quadrant}
        {trade.fence.length > 0 && <span className="muted"> · fence: {trade.fence.map((f) => `${f.op} ${f.outcome}`).join(', ')}</span>}
      </p>
    </div>
  );
}
