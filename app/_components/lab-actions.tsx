'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { labApi } from '@/app/_shared/lab-api';
import './lab-actions.css';

/**
 * Run one recovery sweep now, cancel the provider's pay orders that have no trade (the only
 * cleanup for V1's stuck cases), or empty both databases. Their effects arrive through the stream.
 */
export function LabActions({ onReset }: { onReset: () => void }) {
  const t = useTranslations('dashboard.labActions');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function recover() {
    setBusy(true);
    const result = await labApi.runRecovery();
    setBusy(false);
    if (!result.ok) return setMessage({ text: result.error.message, error: true });
    const { attemptedCount, convergedCount, busy: inFlight } = result.value;
    const text = attemptedCount ? t('recovered', { n: attemptedCount, converged: convergedCount }) : t('nothingOwed');
    setMessage({ text: inFlight.length ? t('onWire', { text, n: inFlight.length }) : text, error: false });
  }

  async function reconcile() {
    setBusy(true);
    const result = await labApi.reconcile();
    setBusy(false);
    if (!result.ok) return setMessage({ text: result.error.message, error: true });
    const { examined, cancelled, skipped } = result.value;
    const young = skipped.filter((s) => s.reason === 'within grace').length;
    setMessage({
      text: t('reconciled', { n: examined, cancelled: cancelled.length, young: young ? t('young', { n: young }) : '' }),
      error: false,
    });
  }

  async function reset() {
    setBusy(true);
    const result = await labApi.reset();
    setBusy(false);
    setMessage(result.ok ? { text: t('resetDone'), error: false } : { text: result.error.message, error: true });
    if (result.ok) onReset();
  }

  return (
    <section aria-labelledby="lab-title">
      <h2 id="lab-title">{t('title')}</h2>
      <div className="buttons">
        <button type="button" disabled={busy} onClick={() => void recover()}>
          {t('recover')}
        </button>
        <button type="button" disabled={busy} onClick={() => void reconcile()}>
          {t('reconcile')}
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => void reset()}>
          {t('reset')}
        </button>
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'help'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
