'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import { AnimationControls } from '@/app/_components/machine-diagram/animation-controls';
import { playMs, type Speed } from '@/app/_components/machine-diagram/animation-queue';
import { PayOrderDiagram } from '@/app/_components/machine-diagram/pay-order-diagram';
import { ReplayedDiagram } from '@/app/_components/machine-diagram/replayed-diagram';
import { useTradeAction } from '@/app/_shared/hooks/use-trade-action';
import type { LabEvent, TradeSummary, LiveTradeView, WireSnapshot } from '@/app/_shared/lab-api';
import { ActionError } from '@/app/_shared/ui/action-error';
import { TradeSides } from '@/app/_shared/trade/trade-sides';
import { refusalOf, type TradeRequest } from '@/lib/pay-order/event-availability';
import { requestFor, TradeActions } from './trade-actions';
import './pay-order-explorer.css';

interface Props {
  trade: LiveTradeView | null;
  trades: TradeSummary[];
  events: LabEvent[];
  /** Step mode's wire, as the stream last reported it. */
  wire: WireSnapshot | null;
}

/** Only the trade service's events share the SSE id sequence. */
const newestTradeEvent = (trade: LiveTradeView) => Math.max(0, ...trade.events.filter((e) => e.source === 'trade').map((e) => e.id));

const nothingSelected = () => ({ code: 'noTrade' }) as const;

/** The machine card: the diagram with the selected trade's two tokens, its buttons, and what each side says. */
export function PayOrderExplorer({ trade, trades, events, wire }: Props) {
  // Bumped when the replay and the server disagree: remounting restores the actor from the stored state.
  const t = useTranslations('dashboard.explorer');
  const [epoch, setEpoch] = useState(0);
  const onDiverged = useCallback(() => setEpoch((n) => n + 1), []);
  // Kept here, not in the replay: the speed outlives a change of the selected trade.
  const [speed, setSpeed] = useState<Speed>('live');
  // The diagram's buttons send what the action buttons send; the stream brings the result.
  const { busy, error, run } = useTradeAction();
  const send = (request: TradeRequest) => {
    if (trade && !busy) void run(() => requestFor(trade.id, request));
  };

  const crowd: Record<string, number> = {};
  for (const t of trades) if (t.mirror && t.id !== trade?.id) crowd[t.mirror.state] = (crowd[t.mirror.state] ?? 0) + 1;

  const provider = trade?.provider?.state ?? null;
  const summary = trade
    ? t('summary', { id: trade.id, caller: trade.mirror?.state ?? t('noMirror'), provider: provider ?? t('noPayOrder') })
    : t('summaryNone');
  const held = (wire?.held ?? []).filter(
    (h) => trade && h.kind === 'call' && (h.tradeId === trade.id || h.payOrderId === trade.mirror?.payOrderId),
  );

  return (
    <section className="panel explorer" aria-labelledby="explorer-title">
      <h2 id="explorer-title">
        {t('title')}
        {trade ? t.rich('trade', { id: trade.id, tradeId: (id) => <span className="id">{id}</span> }) : t('none')}
        <span className="legend">
          <span className="mark-caller">●</span> {t('caller')} <span className="mark-provider">◆</span> {t('provider')}
        </span>
      </h2>
      {trade?.mirror ? (
        <ReplayedDiagram
          key={`${trade.id}:${epoch}`}
          start={{ tradeId: trade.id, state: trade.mirror.state, owed: trade.mirror.owed, cursor: newestTradeEvent(trade) }}
          stored={{ state: trade.mirror.state, owed: trade.mirror.owed, cursor: newestTradeEvent(trade) }}
          events={events}
          onDiverged={onDiverged}
          speed={speed}
          onSpeed={setSpeed}
          send={send}
          provider={provider}
          crowd={crowd}
          summary={summary}
          held={held}
        />
      ) : (
        <>
          <AnimationControls speed={speed} onSpeed={setSpeed} behind={0} onNext={null} />
          <PayOrderDiagram
            caller={null}
            provider={provider}
            animating={null}
            playMs={playMs[speed]}
            crowd={crowd}
            summary={summary}
            actions={{ availability: trade ? (event, source) => refusalOf(null, event, source) : nothingSelected, send }}
            held={held}
          />
        </>
      )}
      <ActionError error={error} />
      <TradeSides trade={trade} />
      {trade && <TradeActions key={trade.id} trade={trade} />}
      {trade && (
        <a className="open-link" href={`/trades/${trade.id}`}>
          {t('open')}
        </a>
      )}
    </section>
  );
}
