import type { FaultView, LabEvent } from '@/app/_shared/lab-api';
import { summarizeEvent } from '@/app/_shared/trade/event-summary';
import { clockTime } from '@/app/_shared/ui/format';
import './event-list.css';

interface Props {
  events: LabEvent[];
  faults: FaultView[] | null;
  selectedId: string | null;
}

/** The stream, newest first; the selected trade's lines stand out. */
export function EventList({ events, faults, selectedId }: Props) {
  const labels = new Map(faults?.map((f) => [f.id as string, f.label]));
  const faultLabel = (id: string) => labels.get(id) ?? id;
  return (
    <section className="events" aria-labelledby="events-title">
      <h2 id="events-title">Live events</h2>
      {events.length === 0 ? (
        <p className="muted">Nothing yet: create a trade.</p>
      ) : (
        // It scrolls on its own: focusable, so the keyboard can scroll it too.
        <ol className="event-list" tabIndex={0} aria-labelledby="events-title">
          {events.map((event) => (
            <li
              key={event.id}
              className={`event event-${event.type.replace('.', '-')}${event.tradeId && event.tradeId === selectedId ? ' mine' : ''}`}
            >
              <time dateTime={new Date(event.at).toISOString()}>{clockTime(event.at)}</time>
              <span>{summarizeEvent(event, faultLabel)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
