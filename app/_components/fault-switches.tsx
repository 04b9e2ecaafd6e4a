'use client';

import { useState, type ReactNode } from 'react';
import { labApi, type FaultView, type LabSettings } from '@/app/_shared/lab-api';
import type { FaultSetting } from '@/lib/faults/catalog';
import { FaultModeEditor } from './fault-mode-editor';
import { Switch } from './switch';
import './fault-switches.css';

interface Props {
  faults: FaultView[] | null;
  /** The lab's strategy: some faults have no place to happen under V1. */
  strategy: LabSettings['strategy'];
  onChanged: (view: FaultView) => void;
  /** Step mode's switches head the section: the person as the network is the fault of every message. */
  children?: ReactNode;
}

/** V1 commits once, after its call: there is no commit before the call to crash after. */
const notUnderV1 = new Set<string>(['local.crash_after_commit']);

/** One switch per fault in the catalog: on = `always`, off = `off`; while on, its mode can be changed. */
export function FaultSwitches({ faults, strategy, onChanged, children }: Props) {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function set(fault: FaultView, setting: FaultSetting) {
    setPending(fault.id);
    const result = await labApi.setFault(fault.id, setting);
    setPending(null);
    setError(result.ok ? null : `${fault.label}: ${result.error.message}`);
    if (result.ok) onChanged(result.value);
  }

  return (
    <section aria-labelledby="faults-title">
      <h2 id="faults-title">Faults</h2>
      {children}
      {!faults && <p className="muted">Loading…</p>}
      <ul className="faults">
        {faults?.map((fault) => {
          const on = fault.mode !== 'off';
          const nameId = `fault-${fault.id}`;
          const helpId = `fault-${fault.id}-help`;
          return (
            <li key={fault.id} className={on ? 'fault on' : 'fault'} title={fault.effect}>
              <span id={nameId} className="fault-name">
                {fault.label}
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
                {fault.effect}
                {strategy === 'v1' &&
                  notUnderV1.has(fault.id) &&
                  ' V1 has no commit before its call, so this fault never fires for V1 trades.'}
                {fault.fired > 0 && ` Fired ${fault.fired}×.`}
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
  if (fault.mode === 'off') return null;
  const text = fault.mode === 'probability' ? `p ${fault.probability ?? 0}` : fault.mode;
  return <span className={`badge mode-${fault.mode}`}>{fault.op ? `${text} · ${fault.op}` : text}</span>;
}
