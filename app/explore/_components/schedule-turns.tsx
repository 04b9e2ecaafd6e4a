import type { Counterexample } from '@/app/_shared/lab-api';
import { useExploreWords } from './explore-words';

/** Where a schedule left the fault-free, in-order way: each fault it fired, each reordering it chose. */
export function ScheduleTurns({ turns }: { turns: Counterexample['turns'] }) {
  const words = useExploreWords();
  if (!turns.length) return <p>{words.t('explore.turns.none')}</p>;
  return (
    <div className="explore-turns">
      <span>{words.t('explore.turns.heading')}</span>
      <ol aria-label={words.t('explore.turns.label')}>
        {turns.map((turn, i) => (
          <li key={i}>{words.turnText(turn)}</li>
        ))}
      </ol>
    </div>
  );
}
