'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useNow } from '@/app/_shared/hooks/use-now';
import { ActionError } from '@/app/_shared/ui/action-error';
import { labApi, type WireAction, type WireSnapshot } from '@/app/_shared/lab-api';
import { HeldCard } from './held-card';
import { useServerOffset } from './use-server-offset';
import './on-the-wire.css';

const tickMs = 500;

/**
 * Step mode's wire: every message the trade service sent, and (if held) every local step,
 * waiting for a person. The stream brings each change, so acting needs no answer to redraw.
 */
export function OnTheWire({ wire }: { wire: WireSnapshot | null }) {
  const t = useTranslations('dashboard.wire');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const counting = wire?.held.some((h) => h.timeoutAt !== null) ?? false;
  const browserNow = useNow(counting ? tickMs : null);
  const offset = useServerOffset(wire?.now ?? null);
  if (!wire?.stepMode && !wire?.held.length) return null;

  async function act(id: string, action: WireAction) {
    setBusy(id);
    const result = await labApi.actOnWire(id, action);
    setBusy(null);
    setError(result.ok ? null : t('error', { action: t(`actions.${action}`), id, message: result.error.message }));
  }

  return (
    <section className="panel on-the-wire" aria-labelledby="wire-title">
      <h2 id="wire-title">{t('title')}</h2>
      {wire.held.length === 0 ? (
        <p className="muted wire-empty">{t('empty', { local: wire.holdLocalSteps ? t('emptyLocal') : '' })}</p>
      ) : (
        <ul className="held-list">
          {wire.held.map((held) => (
            <HeldCard
              key={held.id}
              held={held}
              serverNow={browserNow + offset}
              busy={busy === held.id}
              onAct={(action) => void act(held.id, action)}
            />
          ))}
        </ul>
      )}
      <ActionError error={error} />
    </section>
  );
}
