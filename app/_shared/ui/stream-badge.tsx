import { useTranslations } from 'next-intl';
import type { StreamStatus } from '@/app/_shared/hooks/use-lab-events';
import './stream-badge.css';

/** Whether the event stream is flowing: the diagram and the table are only as fresh as it is. */
export function StreamBadge({ status, lastEventId }: { status: StreamStatus; lastEventId: number | undefined }) {
  const t = useTranslations('stream');
  return (
    <p className={`stream stream-${status}`} role="status" aria-live="polite">
      <span className="dot" aria-hidden="true" />
      {t(status)}
      {status === 'live' && lastEventId !== undefined && t('lastEvent', { id: lastEventId })}
    </p>
  );
}
