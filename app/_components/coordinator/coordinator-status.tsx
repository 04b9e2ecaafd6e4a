'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { TradeView } from '@/app/_shared/lab-api';
import { ActionError } from '@/app/_shared/ui/action-error';
import { clockTime } from '@/app/_shared/ui/format';
import { restartCoordinator } from './coordinator-api';

interface Props {
  trade: TradeView;
  onChanged: () => void;
}

/**
 * Whether the coordinator answers — down since a crash, and where in its log — and the button
 * that restarts it. While it is up the server would refuse a restart (409): the button is
 * disabled, and says why in words on the card, not only in a tooltip.
 */
export function CoordinatorStatusBox({ trade, onChanged }: Props) {
  const t = useTranslations('coordinatorView');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const status = trade.coordinator ?? { up: true as const };
  const restart = async () => {
    setBusy(true);
    const result = await restartCoordinator();
    setBusy(false);
    setError(result.ok ? null : result.message);
    onChanged();
  };

  return (
    <div className="tc-status" data-up={status.up ? 'true' : 'false'}>
      <p className="tc-state" role="status">
        <span className="tc-light" aria-hidden="true" />
        {status.up
          ? t('status.up')
          : t('status.down', { point: t(`lanes.points.${status.point}`), since: clockTime(status.since), xid: status.xid ?? '—' })}
      </p>
      <button type="button" className="small" disabled={status.up || busy} aria-describedby="tc-restart-why" onClick={() => void restart()}>
        {busy ? t('status.restarting') : t('status.restart')}
      </button>
      <p id="tc-restart-why" className="tc-why">
        {status.up ? t('status.upReason') : t('status.downReason')}
      </p>
      <ActionError error={error} />
      <ul className="tc-transactions" aria-label={t('transactions', { id: trade.id })}>
        {trade.globals.map((g) => (
          <li key={g.xid} data-xid={g.xid} data-status={g.status}>
            <b>{g.xid}</b> {g.action} · {g.status}
            {g.attempts > 0 && <span className="muted">{t('rounds', { n: g.attempts })}</span>}
            <ul>
              {g.branches.map((b) => (
                <li key={b.branchId} data-branch={b.resource} data-status={b.status}>
                  <span className={b.resource === 'trade' ? 'mark-caller' : 'mark-provider'} aria-hidden="true">
                    {b.resource === 'trade' ? '●' : '◆'}
                  </span>{' '}
                  {b.branchId} {t(`lanes.resources.${b.resource}`)} · {b.status}
                  {b.attempts > 0 && <span className="muted">{t('calls', { n: b.attempts })}</span>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
