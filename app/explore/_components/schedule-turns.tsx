import type { Counterexample } from '@/app/_shared/lab-api';
import { turnText } from './explore-words';

/** Where a schedule left the fault-free, in-order way: each fault it fired, each reordering it chose. */
export function ScheduleTurns({ turns }: { turns: Counterexample['turns'] }) {
  if (!turns.length) return <p>It took no turn: the fault-free, in-order way.</p>;
  return (
    <div className="explore-turns">
      <span>The turns it took:</span>
      <ol aria-label="The turns it took">
        {turns.map((t, i) => (
          <li key={i}>{turnText(t)}</li>
        ))}
      </ol>
    </div>
  );
}
