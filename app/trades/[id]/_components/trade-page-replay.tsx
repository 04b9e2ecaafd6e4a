'use client';

import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';

interface Props {
  step: number;
  total: number;
  /** What happened at the current step, in words. */
  caption: string;
  onStep: (step: number) => void;
}

/** The replay: a native range input, so arrows, Home, End and Page keys work as they should. */
export function TradePageReplay({ step, total, caption, onStep }: Props) {
  const t = useTranslations('tradePage');
  // onInput as well as onChange: a value set from outside (a test's fill) still moves the replay.
  const move = (e: FormEvent<HTMLInputElement>) => onStep(Number(e.currentTarget.value));
  return (
    <div className="tp-replay">
      <label htmlFor="tp-replay">{t('replay')}</label>
      <input
        id="tp-replay"
        type="range"
        min={1}
        max={total}
        step={1}
        value={step}
        onChange={move}
        onInput={move}
        aria-valuetext={t('stepOf', { step, total, caption })}
      />
      <output htmlFor="tp-replay" className="tp-step">
        {t('step', { step, total })}
      </output>
      <p className="tp-caption" aria-live="polite">
        {caption}
      </p>
    </div>
  );
}
