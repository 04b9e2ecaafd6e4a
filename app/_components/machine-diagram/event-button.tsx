import { useId, type KeyboardEvent } from 'react';
import type { Availability } from '@/lib/pay-order/event-availability';
import type { Box } from './diagram-geometry';

interface Props {
  /** What it says on the button: the event, or the other request that causes it (delete). */
  text: string;
  /** The state the transition leaves: buttons of the same event on other states need telling apart. */
  source: string;
  box: Box;
  /** Its transition is the one crossing the diagram now. */
  animating: boolean;
  availability: Availability;
  /** Says what pressing it sends, when the machine would take it. */
  sends: string;
  onPress: () => void;
}

/**
 * An event a person causes, drawn on its edge as a button. A refused one stays focusable
 * (aria-disabled, not removed from the tab order) so its reason — the machine's — can be read.
 */
export function EventButton({ text, source, box, animating, availability, sends, onPress }: Props) {
  // The title is the hover text and, by reference, the description a screen reader reads.
  const describedBy = useId();
  const press = () => {
    if (availability.allowed) onPress();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault(); // Space would scroll the page
    press();
  };
  return (
    <g
      className="event-button"
      role="button"
      tabIndex={0}
      aria-label={`${text} from ${source}`}
      aria-disabled={availability.allowed ? undefined : 'true'}
      aria-describedby={describedBy}
      data-event-button={text}
      data-animating={animating ? 'true' : 'false'}
      onClick={press}
      onKeyDown={onKeyDown}
    >
      <title id={describedBy}>{availability.allowed ? sends : availability.reason}</title>
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={5} />
      <text x={box.x + box.w / 2} y={box.y + box.h / 2}>
        {text}
      </text>
    </g>
  );
}
