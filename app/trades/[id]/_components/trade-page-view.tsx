'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { LaneDiagram } from '@/app/_shared/sequence-diagram/lane-diagram';
import { layoutLanes } from '@/app/_shared/sequence-diagram/lane-layout';
import { summarizeEvent } from '@/app/_shared/trade/event-summary';
import { summarizeTcEvent } from '@/app/_shared/trade/tc-event-summary';
import { TradeSides } from '@/app/_shared/trade/trade-sides';
import { tradeStory } from '@/app/_shared/trade/trade-story';
import { PageTopbar } from '@/app/_shared/ui/page-topbar';
import { StreamBadge } from '@/app/_shared/ui/stream-badge';
import { useStoryWords } from '@/app/_shared/ui/words';
import { useTradePageData } from './trade-page-data';
import { TradePageHeader } from './trade-page-header';
import { TradePageReplay } from './trade-page-replay';
import './trade-page.css';

/** `/trades/[id]`: one trade told as a sequence diagram, replayable, and live. */
export function TradePage({ id }: { id: string }) {
  const t = useTranslations('tradePage');
  const words = useStoryWords();
  const { trade, missing, loadError, loaded, stream, accept } = useTradePageData(id);
  // 'end' follows the newest event as the trade grows; a number stays where it was put.
  const [position, setPosition] = useState<number | 'end'>('end');
  const layout = useMemo(() => (trade ? layoutLanes(trade, words) : null), [trade, words]);

  const total = layout?.steps.length ?? 0;
  const step = position === 'end' ? total : Math.min(position, total);
  const current = layout?.steps[step - 1];

  return (
    <div className="trade-page" data-ready={loaded ? 'true' : 'false'}>
      <PageTopbar current={null} crumb={t('crumb', { id })}>
        <StreamBadge status={stream.status} lastEventId={stream.events[0]?.id} />
      </PageTopbar>

      {missing && (
        <section className="panel tp-missing">
          <h1>{t('missingTitle', { id })}</h1>
          <p>{t.rich('missing', { link: (chunks) => <Link href="/">{chunks}</Link> })}</p>
        </section>
      )}
      {loadError && !trade && (
        <p role="alert" className="panel error">
          {t('loadError', { id, message: loadError })}
        </p>
      )}
      {!loaded && !loadError && <p className="panel muted">{t('loading', { id })}</p>}

      {trade && layout && (
        <>
          <TradePageHeader trade={trade} story={tradeStory(trade, words)} onChanged={accept} />
          <section className="panel tp-lanes" aria-label={t('sequence', { id: trade.id })}>
            {total === 0 ? (
              <p className="muted">{t('noEvents')}</p>
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
                        ? words.t('events.provider', { who: trade.id, type: current.type })
                        : current.source === 'tc'
                          ? summarizeTcEvent(current, words)
                          : summarizeEvent(current, words)
                  }
                  onStep={(k) => setPosition(k >= total ? 'end' : Math.max(1, k))}
                />
              </>
            )}
          </section>
          <section className="panel tp-sides" aria-label={t('sides')}>
            <TradeSides trade={trade} />
          </section>
        </>
      )}
    </div>
  );
}
