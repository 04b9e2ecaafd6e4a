'use client';

import { useState } from 'react';
import { labApi, type LabSettings } from '@/app/_shared/lab-api';
import { Switch } from './switch';
import './settings-panel.css';

interface Props {
  settings: LabSettings | null;
  onChanged: (settings: LabSettings) => void;
}

const strategies = {
  v1: { label: 'V1 · inside tx', title: 'V1: the RPC runs inside the local transaction; no mirror, a guess on unknown' },
  v2: { label: 'V2 · outside tx', title: 'V2: commit the intent, call, record the result; retry unknowns idempotently' },
} as const;

/** The lab's settings that change what a new trade does: strategy, V1's guess, the provider's fence. */
export function SettingsPanel({ settings, onChanged }: Props) {
  const [error, setError] = useState<string | null>(null);

  async function update(patch: Parameters<typeof labApi.updateSettings>[0]) {
    const result = await labApi.updateSettings(patch);
    setError(result.ok ? null : result.error.message);
    if (result.ok) onChanged(result.value);
  }

  return (
    <section aria-labelledby="strategy-title">
      <h2 id="strategy-title">Strategy</h2>
      <div className="segmented" role="group" aria-labelledby="strategy-title">
        {(['v1', 'v2'] as const).map((strategy) => (
          <button
            key={strategy}
            type="button"
            title={strategies[strategy].title}
            aria-pressed={settings?.strategy === strategy}
            disabled={!settings}
            onClick={() => void update({ strategy })}
          >
            {strategies[strategy].label}
          </button>
        ))}
      </div>
      <div className="setting">
        <label htmlFor="v1-on-unknown" title="What V1, which keeps no record of owed work, assumes when a call has no definite answer">
          V1 on unknown
        </label>
        <select
          id="v1-on-unknown"
          value={settings?.v1OnUnknown ?? 'assume-success'}
          disabled={!settings}
          onChange={(e) => void update({ v1OnUnknown: e.target.value as LabSettings['v1OnUnknown'] })}
        >
          <option value="assume-success">assume success</option>
          <option value="assume-failure">assume failure</option>
        </select>
      </div>
      <div className="setting">
        <span id="provider-fence">Provider fence</span>
        <Switch
          checked={settings?.providerFence === 'on'}
          labelledBy="provider-fence"
          disabled={!settings}
          onToggle={(on) => void update({ providerFence: on ? 'on' : 'off' })}
        />
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
