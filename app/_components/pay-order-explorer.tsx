'use client';

import { useCallback, useState } from 'react';
import { PayOrderDiagram } from '@/app/_components/machine-diagram/pay-order-diagram';
import { ReplayedDiagram } from '@/app/_components/machine-diagram/replayed-diagram';
import type { LabEvent, TradeSummary, TradeView } from '@/app/_shared/lab-api';
import { TradeSides } from '@/app/_shared/trade/trade-sides';
import { TradeActions } from './trade-actions';
import './pay-order-explorer.css';

interface Props {
  trade: TradeView | null;
  trades: TradeSummary[];
  events: LabEvent[];
}

/** Only the trade service's events share the SSE id sequence. */
const newestTradeEvent = (trade: TradeView) => Math.max(0, ...trade.events.filter((e) => e.source === 'trade').map((e) => e.id));

/** The machine card: the diagram with the selected trade's two tokens, and what each side says. */
export function PayOrderExplorer({ trade, trades, events }: Props) {
  // Bumped when the replay and the server disagree: remounting restores the actor from the stored state.
  const [epoch, setEpoch] = useState(0);
  const onDiverged = useCallback(() => setEpoch((n) => n + 1), []);

  const crowd: Record<string, number> = {};
  for (const t of trades) if (t.mirror && t.id !== trade?.id) crowd[t.mirror.state] = (crowd[t.mirror.state] ?? 0) + 1;

  const provider = trade?.provider?.state ?? null;
  const summary = trade
    ? `Pay-order machine for ${trade.id}: caller ${trade.mirror?.state ?? 'has no mirror'}, provider ${provider ?? 'has no pay order'}`
    : 'Pay-order machine, no trade selected';

  return (
    <section className="panel explorer" aria-labelledby="explorer-title">
      <h2 id="explorer-title">
        Pay-order machine ·{' '}
        {trade ? (
          <>
            trade <span className="id">{trade.id}</span>
          </>
        ) : (
          'no trade selected'
        )}
        <span className="legend">
          <span className="mark-caller">●</span> caller <span className="mark-provider">◆</span> provider
        </span>
      </h2>
      {trade?.mirror ? (
        <ReplayedDiagram
          key={`${trade.id}:${epoch}`}
          start={{ tradeId: trade.id, state: trade.mirror.state, owed: trade.mirror.owed, cursor: newestTradeEvent(trade) }}
          stored={{ state: trade.mirror.state, owed: trade.mirror.owed, cursor: newestTradeEvent(trade) }}
          events={events}
          onDiverged={onDiverged}
          provider={provider}
          crowd={crowd}
          summary={summary}
        />
      ) : (
        <PayOrderDiagram caller={null} provider={provider} animating={{}} crowd={crowd} summary={summary} />
      )}
      <TradeSides trade={trade} />
      {trade && <TradeActions key={trade.id} trade={trade} />}
      {trade && (
        <a className="open-link" href={`/trades/${trade.id}`}>
          Open trade page
        </a>
      )}
    </section>
  );
}
