import { useTranslations } from 'next-intl';
import { useId, type KeyboardEvent } from 'react';
import type { Box } from './diagram-geometry';

interface Props {
  /** What it says on the button: the event, or the other request that causes it (delete). */
  text: string;
  /** The state the transition leaves: buttons of the same event on other states need telling apart. */
  source: string;
  box: Box;
  /** Its transition is the one crossing the diagram now. */
  animating: boolean;
  /** Why the machine would not take it, in words; null when it would. */
  refusal: string | null;
  /** Says what pressing it sends, when the machine would take it. */
  sends: string;
  onPress: () => void;
}

/**
 * An event a person causes, drawn on its edge as a button. A refused one stays focusable
 * (aria-disabled, not removed from the tab order) so its reason — the machine's — can be read.
 */
export function EventButton({ text, source, box, animating, refusal, sends, onPress }: Props) {
  const t = useTranslations('dashboard.diagram');
  // The title is the hover text and, by reference, the description a screen reader reads.
  const describedBy = useId();
  const press = () => {
    if (refusal === null) onPress();
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
      aria-label={t('button', { text, source })}
      aria-disabled={refusal === null ? undefined : 'true'}
      aria-describedby={describedBy}
      data-event-button={text}
      data-animating={animating ? 'true' : 'false'}
      onClick={press}
      onKeyDown={onKeyDown}
    >
      <title id={describedBy}>{refusal ?? sends}</title>
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={5} />
      <text x={box.x + box.w / 2} y={box.y + box.h / 2}>
        {text}
      </text>
    </g>
  );
}
