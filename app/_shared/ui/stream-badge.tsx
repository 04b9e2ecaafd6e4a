import type { StreamStatus } from '@/app/_shared/hooks/use-lab-events';
import './stream-badge.css';

const words: Record<StreamStatus, string> = { connecting: 'connecting…', live: 'live', closed: 'disconnected' };

/** Whether the event stream is flowing: the diagram and the table are only as fresh as it is. */
export function StreamBadge({ status, lastEventId }: { status: StreamStatus; lastEventId: number | undefined }) {
  return (
    <p className={`stream stream-${status}`} role="status" aria-live="polite">
      <span className="dot" aria-hidden="true" />
      {words[status]}
      {status === 'live' && lastEventId !== undefined && ` · event ${lastEventId.toLocaleString('en')}`}
    </p>
  );
}
