'use client';

import { useTranslations } from 'next-intl';
import type { LabEvent } from '@/app/_shared/lab-api';
import { summarizeEvent } from '@/app/_shared/trade/event-summary';
import { clockTime } from '@/app/_shared/ui/format';
import { useStoryWords } from '@/app/_shared/ui/words';
import './event-list.css';

interface Props {
  events: LabEvent[];
  selectedId: string | null;
}

/** The stream, newest first; the selected trade's lines stand out. */
export function EventList({ events, selectedId }: Props) {
  const t = useTranslations('dashboard.events');
  const words = useStoryWords();
  return (
    <section className="events" aria-labelledby="events-title">
      <h2 id="events-title">{t('title')}</h2>
      {events.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        // It scrolls on its own: focusable, so the keyboard can scroll it too.
        <ol className="event-list" tabIndex={0} aria-labelledby="events-title">
          {events.map((event) => (
            <li
              key={event.id}
              className={`event event-${event.type.replace('.', '-')}${event.tradeId && event.tradeId === selectedId ? ' mine' : ''}`}
            >
              <time dateTime={new Date(event.at).toISOString()}>{clockTime(event.at)}</time>
              <span>{summarizeEvent(event, words)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
