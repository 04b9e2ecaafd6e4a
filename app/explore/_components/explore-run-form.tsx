'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import type { ExploreOptions } from '@/app/_shared/lab-api';
import { sequences, type Sequence } from '@/lib/explore/sequences';
import { strategies, type Strategy } from '@/lib/strategies/catalog';
import { useExploreWords } from './explore-words';

interface Props {
  /** Where the bounds start: the schema's defaults, or a link's bounds. */
  initial: ExploreOptions;
  running: boolean;
  onStart: (options: ExploreOptions) => void;
}

const fences = ['on', 'off'] as const;
const maxDepth = 6;

/** The exploration's bounds. Each group needs one choice at least: the schema refuses an empty one. */
export function ExploreRunForm({ initial, running, onStart }: Props) {
  const t = useTranslations('explore.form');
  const words = useExploreWords();
  const [depth, setDepth] = useState(String(initial.depth));
  const [chosenStrategies, setStrategies] = useState<Strategy[]>(initial.strategies);
  const [chosenFences, setFences] = useState<ExploreOptions['fences']>(initial.fences);
  const [chosenSequences, setSequences] = useState<Sequence[]>(initial.sequences);

  const groups: [readonly string[], string][] = [
    [chosenStrategies, t('aStrategy')],
    [chosenFences, t('aFence')],
    [chosenSequences, t('aSequence')],
  ];
  const empty = groups.find(([chosen]) => chosen.length === 0)?.[1];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStart({ depth: Number(depth), strategies: chosenStrategies, fences: chosenFences, sequences: chosenSequences });
  };

  return (
    <form className="explore-form" aria-label={t('label')} onSubmit={submit}>
      <div className="setting">
        <label htmlFor="explore-depth" title={t('depthTitle')}>
          {t('depth')}
        </label>
        <input
          id="explore-depth"
          type="number"
          min={0}
          max={maxDepth}
          step={1}
          required
          value={depth}
          onChange={(e) => setDepth(e.target.value)}
        />
      </div>
      <Choices legend={t('strategies')} all={strategies} chosen={chosenStrategies} onChange={setStrategies} name={(s) => s.toUpperCase()} />
      <Choices legend={t('fence')} all={fences} chosen={chosenFences} onChange={setFences} name={words.fenceName} />
      <Choices legend={t('sequences')} all={sequences} chosen={chosenSequences} onChange={setSequences} name={words.sequenceName} />
      {empty && <p className="help">{t('choose', { what: empty })}</p>}
      <button type="submit" className="primary" disabled={running || empty !== undefined}>
        {running ? t('exploring') : t('run')}
      </button>
    </form>
  );
}

interface ChoicesProps<T extends string> {
  legend: string;
  all: readonly T[];
  chosen: T[];
  onChange: (chosen: T[]) => void;
  name: (value: T) => string;
}

/** A group of checkboxes; the chosen ones are kept in the schema's own order, so the address and the command read the same. */
function Choices<T extends string>({ legend, all, chosen, onChange, name }: ChoicesProps<T>) {
  const toggle = (value: T, on: boolean) => onChange(all.filter((v) => (v === value ? on : chosen.includes(v))));
  return (
    <fieldset className="explore-choices">
      <legend>{legend}</legend>
      {all.map((value) => (
        <label key={value}>
          <input type="checkbox" checked={chosen.includes(value)} onChange={(e) => toggle(value, e.target.checked)} /> {name(value)}
        </label>
      ))}
    </fieldset>
  );
}
