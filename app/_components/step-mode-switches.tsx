'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ActionError } from '@/app/_shared/ui/action-error';
import { labApi, type LabSettings } from '@/app/_shared/lab-api';
import { Switch } from './switch';

interface Props {
  settings: LabSettings | null;
  onChanged: (settings: LabSettings) => void;
}

/**
 * Step mode: the person becomes the network. Each switch is a lab setting; switching step mode
 * off delivers whatever is waiting, so nothing is left hanging on the wire.
 */
export function StepModeSwitches({ settings, onChanged }: Props) {
  const t = useTranslations('dashboard.stepMode');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const stepMode = settings?.stepMode ?? false;

  async function update(patch: Pick<Partial<LabSettings>, 'stepMode' | 'holdLocalSteps'>) {
    setPending(true);
    const result = await labApi.updateSettings(patch);
    setPending(false);
    setError(result.ok ? null : result.error.message);
    if (result.ok) onChanged(result.value);
  }

  return (
    <div className="step-mode" role="group" aria-label={t('group')}>
      <div className="step-switch">
        <span id="step-mode-name">{t('name')}</span>
        <Switch
          checked={stepMode}
          labelledBy="step-mode-name"
          describedBy="step-mode-help"
          disabled={!settings || pending}
          onToggle={(on) => void update({ stepMode: on })}
        />
      </div>
      <p id="step-mode-help" className="help">
        {stepMode ? t('helpOn', { s: Math.round((settings?.stepTimeoutMs ?? 0) / 1000) }) : t('helpOff')}
      </p>
      <div className="step-switch">
        <span id="hold-local-name">{t('holdName')}</span>
        <Switch
          checked={settings?.holdLocalSteps ?? false}
          labelledBy="hold-local-name"
          describedBy="hold-local-help"
          disabled={!settings || pending || !stepMode}
          onToggle={(on) => void update({ holdLocalSteps: on })}
        />
      </div>
      <p id="hold-local-help" className="help">
        {stepMode ? t('holdOn') : t('holdOff')}
      </p>
      <ActionError error={error} />
    </div>
  );
}
