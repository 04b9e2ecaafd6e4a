'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import { LaneDiagram } from '@/app/_shared/sequence-diagram/lane-diagram';
import { layoutLanes } from '@/app/_shared/sequence-diagram/lane-layout';
import { summarizeEvent } from '@/app/_shared/trade/event-summary';
import { TradeSides } from '@/app/_shared/trade/trade-sides';
import { tradeStory } from '@/app/_shared/trade/trade-story';
import { PageTopbar } from '@/app/_shared/ui/page-topbar';
import { StreamBadge } from '@/app/_shared/ui/stream-badge';
import { useTradePageData } from './trade-page-data';
import { TradePageHeader } from './trade-page-header';
import { TradePageReplay } from './trade-page-replay';
import './trade-page.css';

/** `/trades/[id]`: one trade told as a sequence diagram, replayable, and live. */
export function TradePage({ id }: { id: string }) {
  const { trade, missing, loadError, loaded, stream, accept, faultLabel } = useTradePageData(id);
  // 'end' follows the newest event as the trade grows; a number stays where it was put.
  const [position, setPosition] = useState<number | 'end'>('end');
  const layout = useMemo(() => (trade ? layoutLanes(trade, faultLabel) : null), [trade, faultLabel]);

  const total = layout?.steps.length ?? 0;
  const step = position === 'end' ? total : Math.min(position, total);
  const current = layout?.steps[step - 1];

  return (
    <div className="trade-page" data-ready={loaded ? 'true' : 'false'}>
      <PageTopbar current={null} crumb={`trade ${id}`}>
        <StreamBadge status={stream.status} lastEventId={stream.events[0]?.id} />
      </PageTopbar>

      {missing && (
        <section className="panel tp-missing">
          <h1>No trade {id}</h1>
          <p>
            The lab has no trade with this id (a reset empties both databases). <Link href="/">Back to the dashboard</Link>
          </p>
        </section>
      )}
      {loadError && !trade && (
        <p role="alert" className="panel error">
          Could not load {id}: {loadError}
        </p>
      )}
      {!loaded && !loadError && <p className="panel muted">Loading {id}…</p>}

      {trade && layout && (
        <>
          <TradePageHeader trade={trade} story={tradeStory(trade, faultLabel)} onChanged={accept} />
          <section className="panel tp-lanes" aria-label={`Sequence of trade ${trade.id}`}>
            {total === 0 ? (
              <p className="muted">No events recorded for this trade.</p>
            ) : (
              <>
                <LaneDiagram tradeId={trade.id} rows={layout.rows} step={step} />
                <TradePageReplay
                  step={step}
                  total={total}
                  caption={
                    !current
                      ? ''
                      : current.source === 'pay'
                        ? `${trade.id} provider · ${current.type}`
                        : summarizeEvent(current, faultLabel)
                  }
                  onStep={(k) => setPosition(k >= total ? 'end' : Math.max(1, k))}
                />
              </>
            )}
          </section>
          <section className="panel tp-sides" aria-label="Both sides now">
            <TradeSides trade={trade} />
          </section>
        </>
      )}
    </div>
  );
}
