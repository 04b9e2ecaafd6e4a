'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { labApi, type LabSettings } from '@/app/_shared/lab-api';
import { strategies } from '@/lib/strategies/catalog';
import { CoordinatorSettings } from './coordinator-settings';
import { Switch } from './switch';
import './settings-panel.css';

interface Props {
  settings: LabSettings | null;
  onChanged: (settings: LabSettings) => void;
}

/** The lab's settings that change what a new trade does: strategy, V1's guess, the provider's fence, the coordinator's timing. */
export function SettingsPanel({ settings, onChanged }: Props) {
  const t = useTranslations('dashboard.settings');
  const [error, setError] = useState<string | null>(null);

  async function update(patch: Parameters<typeof labApi.updateSettings>[0]) {
    const result = await labApi.updateSettings(patch);
    setError(result.ok ? null : result.error.message);
    if (result.ok) onChanged(result.value);
  }

  return (
    <section aria-labelledby="strategy-title">
      <h2 id="strategy-title">{t('title')}</h2>
      <div className="segmented" role="group" aria-labelledby="strategy-title">
        {strategies.map((strategy) => (
          <button
            key={strategy}
            type="button"
            title={t(`${strategy}Title`)}
            aria-pressed={settings?.strategy === strategy}
            disabled={!settings}
            onClick={() => void update({ strategy })}
          >
            {t(strategy)}
          </button>
        ))}
      </div>
      <div className="setting">
        <label htmlFor="v1-on-unknown" title={t('v1OnUnknownTitle')}>
          {t('v1OnUnknown')}
        </label>
        <select
          id="v1-on-unknown"
          value={settings?.v1OnUnknown ?? 'assume-success'}
          disabled={!settings}
          onChange={(e) => void update({ v1OnUnknown: e.target.value as LabSettings['v1OnUnknown'] })}
        >
          <option value="assume-success">{t('assumeSuccess')}</option>
          <option value="assume-failure">{t('assumeFailure')}</option>
        </select>
      </div>
      <div className="setting">
        <span id="provider-fence">{t('fence')}</span>
        <Switch
          checked={settings?.providerFence === 'on'}
          labelledBy="provider-fence"
          disabled={!settings}
          onToggle={(on) => void update({ providerFence: on ? 'on' : 'off' })}
        />
      </div>
      <CoordinatorSettings settings={settings} update={update} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
