import { speeds, type Speed } from './animation-queue';

const words: Record<Speed, string> = { live: 'Live', quarter: '¼×', step: 'Step' };

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
  return (
    <div className="animation-controls">
      <fieldset className="speed">
        <legend>Animation speed</legend>
        {speeds.map((s) => (
          <label key={s}>
            <input type="radio" name="animation-speed" value={s} checked={speed === s} onChange={() => onSpeed(s)} />
            {words[s]}
          </label>
        ))}
      </fieldset>
      {speed === 'step' && (
        <button type="button" className="small" disabled={!onNext || behind === 0} onClick={() => onNext?.()}>
          Next
        </button>
      )}
      <output className={`behind${behind > 0 ? ' lagging' : ''}`} aria-live="polite" aria-label="Animation lag">
        {behind > 0 ? `${behind} behind` : 'caught up'}
      </output>
    </div>
  );
}
