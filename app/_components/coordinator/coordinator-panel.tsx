'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { LiveTradeView } from '@/app/_shared/lab-api';
import { CoordinatorStatusBox } from './coordinator-status';
import { coordinatorLayouts, type CoordinatorLayouts } from './coordinator-layouts';
import { GlobalCharts } from './global-charts';
import { latestGlobal } from './coordinator-steps';
import './coordinator-panel.css';

interface Props {
  trade: LiveTradeView | null;
  /** Bumped each time the coordinator's log moves (the event stream's `tc` nudge). */
  tcTick: number;
  /** Asks the dashboard for fresh data: the coordinator moved, or was restarted. */
  onChanged: () => void;
}

let layouts: Promise<CoordinatorLayouts> | undefined;

/**
 * The coordinator's card, for a trade run by global transactions: its newest transaction on the
 * global-transaction machine, its two branches on the branch machine, and whether the TC is up.
 * A trade without global transactions has none to draw: the card is not there.
 */
export function CoordinatorPanel({ trade, tcTick, onChanged }: Props) {
  const t = useTranslations('coordinatorView');
  const [laid, setLaid] = useState<CoordinatorLayouts | null>(null);
  const global = trade ? latestGlobal(trade) : null;
  const shown = Boolean(global);

  useEffect(() => {
    if (!shown || laid) return;
    let live = true;
    void (layouts ??= coordinatorLayouts()).then((l) => {
      if (live) setLaid(l);
    });
    return () => {
      live = false;
    };
  }, [shown, laid]);

  // The coordinator's log moved: its transaction may have too, without the trade service writing a thing.
  useEffect(() => {
    if (tcTick > 0) onChanged();
  }, [tcTick, onChanged]);

  if (!trade || !global) return null;
  return (
    <section className="panel coordinator-panel" aria-labelledby="coordinator-title" data-xid={global.xid} data-status={global.status}>
      <h2 id="coordinator-title">
        {t('title')}
        <span className="tc-heading">{t('heading', { xid: global.xid, action: global.action, status: global.status, id: trade.id })}</span>
      </h2>
      <div className="tc-body">
        <CoordinatorStatusBox trade={trade} onChanged={onChanged} />
        {laid ? (
          <GlobalCharts key={`${trade.id}:${global.xid}`} trade={trade} global={global} layouts={laid} />
        ) : (
          <p className="muted tc-charts">{t('laying')}</p>
        )}
      </div>
    </section>
  );
}
