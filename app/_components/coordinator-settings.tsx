'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { LabSettings, SettingsPatch } from '@/lib/settings/settings';

type Knob = keyof LabSettings['coordinator'];

/** The schema's bounds for each knob (lib/settings/settings.ts): the browser refuses what the server would. */
const knobs: readonly { name: Knob; min: number; max: number }[] = [
  { name: 'retryIntervalMs', min: 10, max: 3_600_000 },
  { name: 'retryLimit', min: 0, max: 1000 },
  { name: 'globalTimeoutMs', min: 100, max: 86_400_000 },
  { name: 'restartAfterMs', min: 0, max: 3_600_000 },
];

interface Props {
  settings: LabSettings | null;
  update: (patch: SettingsPatch) => Promise<void>;
}

/**
 * The coordinator's timing (V3 only; the other strategies never read it). Folded away by default:
 * it is shown whatever the strategy, so a person can set it up before switching to V3.
 */
export function CoordinatorSettings({ settings, update }: Props) {
  const t = useTranslations('dashboard.settings.coordinator');
  return (
    <details className="coordinator-settings">
      <summary>{t('title')}</summary>
      {knobs.map((knob) => (
        <KnobInput
          // A new value from the server (another tab, a reset) restarts the field from it.
          key={`${knob.name}-${settings?.coordinator[knob.name] ?? ''}`}
          {...knob}
          label={t(knob.name)}
          value={settings?.coordinator[knob.name]}
          onCommit={(value) => void update({ coordinator: { [knob.name]: value } })}
        />
      ))}
      <p id="coordinator-settings-help" className="help">
        {t('help')}
      </p>
    </details>
  );
}

interface KnobProps {
  name: Knob;
  min: number;
  max: number;
  label: string;
  value: number | undefined;
  onCommit: (value: number) => void;
}

/** One whole number, sent when the person leaves the field or presses Enter, if it changed and the schema would take it. */
function KnobInput({ name, min, max, label, value, onCommit }: KnobProps) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const id = `coordinator-${name}`;
  const commit = () => {
    const n = Number(text);
    if (text !== '' && Number.isInteger(n) && n >= min && n <= max && n !== value) onCommit(n);
  };
  return (
    <div className="setting">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        step={1}
        inputMode="numeric"
        value={text}
        disabled={value === undefined}
        aria-describedby="coordinator-settings-help"
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </div>
  );
}
