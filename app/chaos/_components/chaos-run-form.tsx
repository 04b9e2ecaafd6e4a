'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import type { ChaosRunRequest } from '@/app/_shared/lab-api';
import { maxTrades } from '@/lib/chaos/chaos-options';
import { faultCatalog, type FaultId } from '@/lib/faults/catalog';
import { useFaultLabel } from '@/app/_shared/ui/fault-label';
import { useWorldWording, worlds } from './world-wording';
import { strategies } from '@/lib/strategies/catalog';

interface Props {
  /** Where the knobs start: the server's defaults, or a link's settings. */
  initial: ChaosRunRequest;
  running: boolean;
  onStart: (options: ChaosRunRequest) => void;
}

/** The run's knobs. */
export function ChaosRunForm({ initial, running, onStart }: Props) {
  const t = useTranslations('chaos.form');
  const tEffect = useTranslations('faultEffects');
  const faultLabel = useFaultLabel();
  const worldWording = useWorldWording();
  const [world, setWorld] = useState(initial.world);
  const [trades, setTrades] = useState(String(initial.trades));
  const [percent, setPercent] = useState(String(Math.round(initial.probability * 100 * 1e6) / 1e6));
  const [strategy, setStrategy] = useState(initial.strategy);
  const [fence, setFence] = useState(initial.providerFence);
  const [seed, setSeed] = useState(String(initial.seed));
  const [faults, setFaults] = useState<FaultId[]>(initial.faults);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStart({
      world,
      trades: Number(trades),
      probability: Number(percent) / 100,
      strategy,
      providerFence: fence,
      seed: Number(seed),
      faults,
    });
  };
  const toggle = (id: FaultId, on: boolean) =>
    setFaults((now) => (on ? faultCatalog.map((f) => f.id).filter((f) => f === id || now.includes(f)) : now.filter((f) => f !== id)));

  return (
    <form className="chaos-form" aria-label={t('label')} onSubmit={submit}>
      <fieldset className="chaos-world" role="radiogroup" aria-describedby="chaos-world-help">
        <legend>{t('world')}</legend>
        {worlds.map((w) => (
          <label key={w}>
            <input type="radio" name="chaos-world" value={w} checked={world === w} onChange={() => setWorld(w)} /> {worldWording[w].label}
          </label>
        ))}
        <p id="chaos-world-help" className="help">
          {worldWording[world].help}
        </p>
      </fieldset>
      <div className="setting">
        <label htmlFor="chaos-trades">{t('trades')}</label>
        <input
          id="chaos-trades"
          type="number"
          min={1}
          max={maxTrades[world]}
          step={1}
          required
          aria-describedby="chaos-trades-help"
          value={trades}
          onChange={(e) => setTrades(e.target.value)}
        />
      </div>
      <p id="chaos-trades-help" className="help">
        {worldWording[world].tradesHelp}
      </p>
      <div className="setting">
        <label htmlFor="chaos-probability">{t('probability')}</label>
        <input
          id="chaos-probability"
          type="number"
          min={0}
          max={100}
          step="any"
          required
          value={percent}
          onChange={(e) => setPercent(e.target.value)}
        />
      </div>
      <div className="setting">
        <label htmlFor="chaos-strategy">{t('strategy')}</label>
        <select id="chaos-strategy" value={strategy} onChange={(e) => setStrategy(e.target.value as ChaosRunRequest['strategy'])}>
          <option value="mixed">{t('mixed')}</option>
          {strategies.map((strategy) => (
            <option key={strategy} value={strategy}>
              {t(strategy)}
            </option>
          ))}
        </select>
      </div>
      <div className="setting">
        <label htmlFor="chaos-fence">{t('fence')}</label>
        <select id="chaos-fence" value={fence} onChange={(e) => setFence(e.target.value as ChaosRunRequest['providerFence'])}>
          <option value="on">{t('on')}</option>
          <option value="off">{t('off')}</option>
        </select>
      </div>
      <div className="setting">
        <label htmlFor="chaos-seed" title={worldWording[world].seed}>
          {t('seed')}
        </label>
        <input id="chaos-seed" type="number" min={0} step={1} required value={seed} onChange={(e) => setSeed(e.target.value)} />
      </div>
      <fieldset className="chaos-faults">
        <legend>{t('faults')}</legend>
        {faultCatalog.map((f) => (
          <label key={f.id} title={tEffect(f.id)}>
            <input type="checkbox" checked={faults.includes(f.id)} onChange={(e) => toggle(f.id, e.target.checked)} /> {faultLabel(f.id)}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={running}>
        {running ? t('starting') : t('start')}
      </button>
    </form>
  );
}
