'use client';

import type { WireAction, WireSnapshot } from '@/app/_shared/lab-api';
import { actionHelp, actionLabels, localStepNames } from './wire-words';

type Held = WireSnapshot['held'][number];

interface Props {
  held: Held;
  /** The browser's reading of the server's clock now. */
  serverNow: number;
  busy: boolean;
  onAct: (action: WireAction) => void;
}

const attemptText = (attempt: Held['attempt']) => (attempt === null ? '—' : attempt === 'redrive' ? 're-drive' : `#${attempt}`);

/** One message (or local step) waiting for a person: what it is, whose it is, and what may be done with it. */
export function HeldCard({ held, serverNow, busy, onAct }: Props) {
  const titleId = `held-${held.id}-title`;
  const isCall = held.kind === 'call';
  const title = isCall ? `${held.op} → provider` : `${(held.fault && localStepNames[held.fault]) ?? 'Local step'} · ${held.op}`;
  return (
    <li
      className={`held-card ${held.kind}${held.late ? ' late' : ''}`}
      aria-labelledby={titleId}
      data-held-id={held.id}
      data-kind={held.kind}
      data-op={held.op}
      data-trade-id={held.tradeId ?? undefined}
      data-pay-order-id={held.payOrderId}
      data-late={held.late ? 'true' : 'false'}
    >
      <h3 id={titleId}>
        {title}
        {held.late && <span className="late-badge"> late</span>}
      </h3>
      <dl>
        <dt>Pay order</dt>
        <dd>{held.payOrderId}</dd>
        <dt>Trade</dt>
        <dd>{held.tradeId ?? '—'}</dd>
        {isCall && (
          <>
            <dt>Attempt</dt>
            <dd>{attemptText(held.attempt)}</dd>
            <dt>Caller</dt>
            <dd className="countdown">{waitText(held, serverNow)}</dd>
          </>
        )}
      </dl>
      <div className="held-actions" role="group" aria-label={`What happens to ${held.id}`}>
        {held.actions.map((action) => (
          <button key={action} type="button" className="small" title={actionHelp[action]} disabled={busy} onClick={() => onAct(action)}>
            {actionLabels[action]}
          </button>
        ))}
      </div>
    </li>
  );
}

function waitText(held: Held, serverNow: number): string {
  if (held.late || held.timeoutAt === null) return 'gave up: its result is unknown; a delivery now is late';
  const seconds = Math.max(0, Math.ceil((held.timeoutAt - serverNow) / 1000));
  return `times out in ${seconds} s`;
}
