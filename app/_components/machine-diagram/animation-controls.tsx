import { useTranslations } from 'next-intl';
import { speeds, type Speed } from './animation-queue';

interface Props {
  speed: Speed;
  onSpeed: (speed: Speed) => void;
  /** Transitions the stream brought that the diagram has not played yet. */
  behind: number;
  /** Step mode's Next; null when there is nothing to step through (no mirror). */
  onNext: (() => void) | null;
}

/** Slow motion: how fast the diagram plays the stream's transitions, and how far it lags. */
export function AnimationControls({ speed, onSpeed, behind, onNext }: Props) {
  const t = useTranslations('dashboard.diagram');
  return (
    <div className="animation-controls">
      <fieldset className="speed">
        <legend>{t('speed')}</legend>
        {speeds.map((s) => (
          <label key={s}>
            <input type="radio" name="animation-speed" value={s} checked={speed === s} onChange={() => onSpeed(s)} />
            {t(`speeds.${s}`)}
          </label>
        ))}
      </fieldset>
      {speed === 'step' && (
        <button type="button" className="small" disabled={!onNext || behind === 0} onClick={() => onNext?.()}>
          {t('next')}
        </button>
      )}
      <output className={`behind${behind > 0 ? ' lagging' : ''}`} aria-live="polite" aria-label={t('lag')}>
        {behind > 0 ? t('behind', { n: behind }) : t('caughtUp')}
      </output>
    </div>
  );
}
