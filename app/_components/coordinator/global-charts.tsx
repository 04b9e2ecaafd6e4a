'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useReducer, useRef } from 'react';
import { animationQueue, emptyQueue, playMs } from '@/app/_components/machine-diagram/animation-queue';
import type { TradeView } from '@/app/_shared/lab-api';
import type { CoordinatorLayouts } from './coordinator-layouts';
import { lastTcEvent, shownAt, stepsOf, type TcStep } from './coordinator-steps';
import { MachineChart, type ChartToken } from './machine-chart';

type GlobalView = TradeView['globals'][number];

interface Props {
  trade: TradeView;
  global: GlobalView;
  layouts: CoordinatorLayouts;
}

/**
 * One global transaction on the coordinator's two machines. Each transition its log records
 * after the card opened plays in order, one at a time — a phase 2 that completes in 3 ms is still
 * seen crossing both diagrams — and the tokens settle where the log says they are.
 */
export function GlobalCharts({ trade, global, layouts }: Props) {
  const t = useTranslations('coordinatorView');
  const [queue, dispatch] = useReducer(animationQueue<TcStep>, 'live', emptyQueue<TcStep>);
  // Only what the log records after the card opened is played; what it held before is where the tokens start.
  const seen = useRef<number | null>(null);

  useEffect(() => {
    if (seen.current === null) {
      seen.current = lastTcEvent(trade.events, global.xid);
      return;
    }
    const fresh = stepsOf(trade.events, global.xid, seen.current);
    for (const step of fresh) dispatch({ type: 'arrived', step });
    if (fresh.length) seen.current = fresh.at(-1)!.eventId;
  }, [trade.events, global.xid]);

  useEffect(() => {
    if (!queue.playing) return;
    const timer = setTimeout(() => dispatch({ type: 'played' }), playMs[queue.speed]);
    return () => clearTimeout(timer);
  }, [queue.playing, queue.speed]);

  const playing = queue.playing;
  const animating = (machine: 'global' | 'branch') =>
    playing && playing.mover.machine === machine ? { key: `${playing.from}:${playing.event}`, nonce: playing.eventId } : null;

  const globalState = shownAt(queue, { machine: 'global' }, global.status);
  const branchTokens: ChartToken[] = global.branches.map((b) => {
    const state = shownAt(queue, { machine: 'branch', branchId: b.branchId }, b.status);
    return {
      kind: b.resource,
      state,
      title: t('branchToken', { branchId: b.branchId, resource: t(`lanes.resources.${b.resource}`), state }),
    };
  });

  return (
    <div className="tc-charts">
      <figure className="tc-chart" data-machine="globalTransaction">
        <figcaption>
          {t('globalMachine')} <span className="muted">{t('globalLegend', { xid: global.xid })}</span>
        </figcaption>
        <MachineChart
          layout={layouts.global}
          label={t('globalMachine')}
          summary={t('globalSummary', { xid: global.xid, state: globalState })}
          tokens={[{ kind: 'global', state: globalState, title: t('globalToken', { xid: global.xid, state: globalState }) }]}
          animating={animating('global')}
          playMs={playMs[queue.speed]}
        />
      </figure>
      <figure className="tc-chart" data-machine="branch">
        <figcaption>
          {t('branchMachine')}{' '}
          <span className="legend">
            <span className="mark-caller">●</span> {t('lanes.resources.trade')} <span className="mark-provider">◆</span>{' '}
            {t('lanes.resources.pay')}
          </span>
        </figcaption>
        <MachineChart
          layout={layouts.branch}
          label={t('branchMachine')}
          summary={branchTokens.map((b) => b.title).join('; ') || t('noBranches')}
          tokens={branchTokens}
          animating={animating('branch')}
          playMs={playMs[queue.speed]}
        />
      </figure>
    </div>
  );
}
