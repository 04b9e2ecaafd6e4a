'use client';

import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { labApi, type FaultView, type LabSettings } from '@/app/_shared/lab-api';
import { useFaultLabel } from '@/app/_shared/ui/fault-label';
import { isFaultId, type FaultSetting } from '@/lib/faults/catalog';
import { FaultModeEditor } from './fault-mode-editor';
import { Switch } from './switch';
import './fault-switches.css';
import { cardOf } from '@/lib/strategies/catalog';

interface Props {
  faults: FaultView[] | null;
  /** The lab's strategy: some faults have no moment to happen under it. */
  strategy: LabSettings['strategy'];
  onChanged: (view: FaultView) => void;
  /** Step mode's switches head the section: the person as the network is the fault of every message. */
  children?: ReactNode;
}

/** One switch per fault in the catalog: on = `always`, off = `off`; while on, its mode can be changed. */
export function FaultSwitches({ faults, strategy, onChanged, children }: Props) {
  const t = useTranslations('dashboard.faults');
  const tAll = useTranslations();
  const faultLabel = useFaultLabel();
  const effect = (fault: FaultView) => (isFaultId(fault.id) ? tAll(`faultEffects.${fault.id}`) : fault.effect);
  const neverAsked = new Set<string>(cardOf(strategy).faultsNeverAsked);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function set(fault: FaultView, setting: FaultSetting) {
    setPending(fault.id);
    const result = await labApi.setFault(fault.id, setting);
    setPending(null);
    setError(result.ok ? null : t('error', { fault: faultLabel(fault.id), message: result.error.message }));
    if (result.ok) onChanged(result.value);
  }

  return (
    <section aria-labelledby="faults-title">
      <h2 id="faults-title">{t('title')}</h2>
      {children}
      {!faults && <p className="muted">{t('loading')}</p>}
      <ul className="faults">
        {faults?.map((fault) => {
          const on = fault.mode !== 'off';
          const nameId = `fault-${fault.id}`;
          const helpId = `fault-${fault.id}-help`;
          return (
            <li key={fault.id} className={on ? 'fault on' : 'fault'} title={effect(fault)}>
              <span className="fault-title">
                <span id={nameId} className="fault-name">
                  {faultLabel(fault.id)}
                </span>
                {/* Said beside the name even while off: the switch would not change this strategy's trades. */}
                {neverAsked.has(fault.id) && <span className="never-asked">{t('neverBadge', { strategy: strategy.toUpperCase() })}</span>}
              </span>
              <ModeBadge fault={fault} />
              <Switch
                checked={on}
                labelledBy={nameId}
                describedBy={helpId}
                disabled={pending === fault.id}
                onToggle={(next) => void set(fault, { mode: next ? 'always' : 'off' })}
              />
              <p id={helpId} className="help" hidden={!on}>
                {effect(fault)}
                {neverAsked.has(fault.id) && t(`never.${strategy}.${fault.id}`)}
                {fault.fired > 0 && t('fired', { n: fault.fired })}
              </p>
              {on && <FaultModeEditor fault={fault} disabled={pending === fault.id} onChange={(setting) => void set(fault, setting)} />}
            </li>
          );
        })}
      </ul>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}

function ModeBadge({ fault }: { fault: FaultView }) {
  const t = useTranslations('dashboard.faults.modes');
  if (fault.mode === 'off') return null;
  const text = fault.mode === 'probability' ? `p ${fault.probability ?? 0}` : t(fault.mode);
  return <span className={`badge mode-${fault.mode}`}>{fault.op ? `${text} · ${fault.op}` : text}</span>;
}
