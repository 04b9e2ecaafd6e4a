'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { FaultView } from '@/app/_shared/lab-api';
import { useFaultLabel } from '@/app/_shared/ui/fault-label';
import type { FaultSetting } from '@/lib/faults/catalog';
import { operations } from '@/lib/pay-order/pay-order.machine';

interface Props {
  fault: FaultView;
  disabled: boolean;
  onChange: (setting: FaultSetting) => void;
}

/**
 * How a switched-on fault fires: every call, the next call only, or with a probability (drawn
 * from the lab's seed), on every operation or one of them. The switch itself stays on/off.
 */
export function FaultModeEditor({ fault, disabled, onChange }: Props) {
  const t = useTranslations('dashboard.faults');
  const label = useFaultLabel()(fault.id);
  const [probability, setProbability] = useState(String(fault.probability ?? 0.5));
  const current: FaultSetting = {
    mode: fault.mode,
    op: fault.op,
    ...(fault.probability === null ? {} : { probability: fault.probability }),
  };
  const send = (patch: Partial<FaultSetting>) => {
    const next = { ...current, ...patch };
    onChange(
      next.mode === 'probability' ? { ...next, probability: next.probability ?? Number(probability) } : { mode: next.mode, op: next.op },
    );
  };

  return (
    <span className="fault-mode">
      <select
        aria-label={t('modeLabel', { fault: label })}
        value={fault.mode}
        disabled={disabled}
        onChange={(e) => send({ mode: e.target.value as FaultSetting['mode'] })}
      >
        {(['always', 'once', 'probability'] as const).map((mode) => (
          <option key={mode} value={mode}>
            {t(`modes.${mode}`)}
          </option>
        ))}
      </select>
      {fault.mode === 'probability' && (
        <input
          aria-label={t('probabilityLabel', { fault: label })}
          type="number"
          min={0}
          max={1}
          step={0.05}
          value={probability}
          disabled={disabled}
          onChange={(e) => setProbability(e.target.value)}
          onBlur={() => {
            const p = Number(probability);
            if (Number.isFinite(p) && p >= 0 && p <= 1 && p !== fault.probability) send({ probability: p });
          }}
        />
      )}
      <select
        aria-label={t('opLabel', { fault: label })}
        value={fault.op ?? ''}
        disabled={disabled}
        onChange={(e) => send({ op: e.target.value ? (e.target.value as FaultSetting['op']) : null })}
      >
        <option value="">{t('everyOp')}</option>
        {operations.map((op) => (
          <option key={op} value={op}>
            {t('opOnly', { op })}
          </option>
        ))}
      </select>
    </span>
  );
}
