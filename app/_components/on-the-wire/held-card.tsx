'use client';

import { useTranslations } from 'next-intl';
import type { WireAction, WireSnapshot } from '@/app/_shared/lab-api';
import type { Words } from '@/app/_shared/ui/words';

type Held = WireSnapshot['held'][number];

interface Props {
  held: Held;
  /** The browser's reading of the server's clock now. */
  serverNow: number;
  busy: boolean;
  onAct: (action: WireAction) => void;
}

const attemptText = (t: Words, attempt: Held['attempt']) => (attempt === null ? '—' : attempt === 'redrive' ? t('redrive') : `#${attempt}`);

/** One message (or local step) waiting for a person: what it is, whose it is, and what may be done with it. */
export function HeldCard({ held, serverNow, busy, onAct }: Props) {
  const t = useTranslations('dashboard.wire');
  const titleId = `held-${held.id}-title`;
  const isCall = held.kind === 'call';
  // Which local step is held, by the fault its Fail or Crash would be.
  const step = held.fault && t.has(`steps.${held.fault}`) ? t(`steps.${held.fault}`) : t('localStep');
  const title = isCall ? t('call', { op: held.op, from: held.from, to: held.to ?? '' }) : t('local', { step, op: held.op });
  return (
    <li
      className={`held-card ${held.kind}${held.late ? ' late' : ''}`}
      aria-labelledby={titleId}
      data-held-id={held.id}
      data-kind={held.kind}
      data-op={held.op}
      data-to={held.to ?? undefined}
      data-trade-id={held.tradeId ?? undefined}
      data-pay-order-id={held.payOrderId}
      data-late={held.late ? 'true' : 'false'}
    >
      <h3 id={titleId}>
        {title}
        {held.late && <span className="late-badge">{t('late')}</span>}
      </h3>
      <dl>
        <dt>{t('payOrder')}</dt>
        <dd>{held.payOrderId}</dd>
        <dt>{t('trade')}</dt>
        <dd>{held.tradeId ?? '—'}</dd>
        {isCall && (
          <>
            <dt>{t('attempt')}</dt>
            <dd>{attemptText(t, held.attempt)}</dd>
            <dt>{t('caller')}</dt>
            <dd className="countdown">{waitText(t, held, serverNow)}</dd>
          </>
        )}
      </dl>
      <div className="held-actions" role="group" aria-label={t('actionsLabel', { id: held.id })}>
        {held.actions.map((action) => (
          <button key={action} type="button" className="small" title={t(`help.${action}`)} disabled={busy} onClick={() => onAct(action)}>
            {t(`actions.${action}`)}
          </button>
        ))}
      </div>
    </li>
  );
}

function waitText(t: Words, held: Held, serverNow: number): string {
  if (held.late || held.timeoutAt === null) return t('gaveUp');
  const seconds = Math.max(0, Math.ceil((held.timeoutAt - serverNow) / 1000));
  return t('timesOut', { n: seconds });
}
