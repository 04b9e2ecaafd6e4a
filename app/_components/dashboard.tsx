'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { useLabEvents } from '@/app/_shared/hooks/use-lab-events';
import type { LabEvent } from '@/app/_shared/lab-api';
import { LabNav } from '@/app/_shared/ui/lab-nav';
import { LanguageSwitch } from '@/app/_shared/ui/language-switch';
import { StreamBadge } from '@/app/_shared/ui/stream-badge';
import { ThemeToggle } from '@/app/_shared/ui/theme-toggle';
import { ConsistencyPanel } from './consistency-panel';
import { CoordinatorPanel } from './coordinator/coordinator-panel';
import { EventList } from './event-list';
import { FaultSwitches } from './fault-switches';
import { LabActions } from './lab-actions';
import { NewTradeForm } from './new-trade-form';
import { OnTheWire } from './on-the-wire/on-the-wire';
import { PayOrderExplorer } from './pay-order-explorer';
import { SettingsPanel } from './settings-panel';
import { StepModeSwitches } from './step-mode-switches';
import { TradesTable } from './trades-table';
import { useLabData } from './use-lab-data';
import './dashboard.css';
import { defaultStrategy } from '@/lib/strategies/catalog';

export function Dashboard() {
  const t = useTranslations();
  const lab = useLabData();
  const { scheduleRefresh, loadSettings } = lab;
  const onEvent = useCallback(
    (event: LabEvent) => {
      scheduleRefresh();
      if (event.type === 'lab.reset') void loadSettings();
    },
    [scheduleRefresh, loadSettings],
  );
  const stream = useLabEvents(onEvent);

  // Tests wait for this before clicking. The faults are fetched once mounted, so once they are drawn
  // the handlers exist too; the list is never emptied again.
  const ready = lab.faults !== null;
  const stepping = Boolean(stream.wire?.stepMode || stream.wire?.held.length);

  return (
    <div className={stepping ? 'dashboard stepping' : 'dashboard'} data-ready={ready ? 'true' : 'false'}>
      <header className="topbar">
        <h1>{t('lab.name')}</h1>
        <LabNav current="/" />
        <p className="tagline">{t('dashboard.tagline')}</p>
        <StreamBadge status={stream.status} lastEventId={stream.events[0]?.id} />
        <LanguageSwitch />
        <ThemeToggle />
      </header>

      <aside className="panel controls" aria-label={t('dashboard.controls')}>
        <SettingsPanel settings={lab.settings} onChanged={lab.setSettings} />
        <FaultSwitches faults={lab.faults} strategy={lab.settings?.strategy ?? defaultStrategy} onChanged={lab.updateFault}>
          <StepModeSwitches settings={lab.settings} onChanged={lab.setSettings} />
        </FaultSwitches>
        <NewTradeForm
          strategy={lab.settings?.strategy ?? defaultStrategy}
          stepMode={stepping}
          onCreated={(trade) => lab.select(trade.id, trade)}
          onRefused={(tradeId) => tradeId && lab.select(tradeId)}
        />
        <LabActions onReset={() => void lab.refresh()} />
        {lab.loadError && (
          <p role="alert" className="error">
            {lab.loadError}
          </p>
        )}
      </aside>

      <OnTheWire wire={stream.wire} />

      <PayOrderExplorer trade={lab.selected} trades={lab.trades?.items ?? []} events={stream.events} wire={stream.wire} />
      <CoordinatorPanel trade={lab.selected} tcTick={stream.tcTick} onChanged={scheduleRefresh} />

      <aside className="panel side" aria-label={t('dashboard.side')}>
        <ConsistencyPanel report={lab.report} onPick={(id) => lab.select(id)} />
        <EventList events={stream.events} selectedId={lab.selectedId} />
      </aside>

      <TradesTable trades={lab.trades} selectedId={lab.selectedId} onSelect={(id) => lab.select(id)} />
    </div>
  );
}
