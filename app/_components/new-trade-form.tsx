'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { labApi, type LiveTradeView } from '@/app/_shared/lab-api';
import type { Strategy } from '@/lib/strategies/catalog';
import './new-trade-form.css';

/** The note's scenario amounts, each by the case of the case matrix it forces on create, whatever the switches say (its words: the catalog's `newTrade.scenario`). */
const scenarios: Record<string, 1 | 2 | 3 | 4> = { '1.00': 1, '2.00': 2, '3.00': 3, '4.00': 4 };

interface Props {
  strategy: Strategy;
  /** Step mode: a create waits until its messages are played on the wire, so the form must not wait with it. */
  stepMode: boolean;
  onCreated: (trade: LiveTradeView) => void;
  /** A create that logged a request but left no trade still has an id worth looking at. */
  onRefused: (tradeId: string | undefined) => void;
}

export function NewTradeForm({ strategy, stepMode, onCreated, onRefused }: Props) {
  const t = useTranslations('dashboard.newTrade');
  const [amount, setAmount] = useState('');
  // Creates still waiting for their answer: several may be in flight while their messages wait on the wire.
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setPending((n) => n + 1);
    const result = await labApi.createTrade(amount.trim());
    setPending((n) => n - 1);
    if (result.ok) {
      setError(null);
      onCreated(result.value);
    } else {
      setError(result.error.tradeId ? t('refused', { id: result.error.tradeId, message: result.error.message }) : result.error.message);
      onRefused(result.error.tradeId);
    }
  }

  const scenario = scenarios[amount.trim()];
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="new-trade-title">
      <h2 id="new-trade-title">{t('title')}</h2>
      <div className="setting">
        <label htmlFor="amount">{t('amount')}</label>
        <input
          id="amount"
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          placeholder="12.34"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          required
        />
      </div>
      <div className="quick-amounts" role="group" aria-label={t('scenarios')}>
        {Object.keys(scenarios).map((value) => (
          <button key={value} type="button" aria-pressed={amount.trim() === value} onClick={() => setAmount(value)}>
            {value}
          </button>
        ))}
      </div>
      <p className="help">{scenario ? t(`scenario.${strategy}.${scenario}`) : t('other')}</p>
      {/* Outside step mode one create at a time; in it the form stays free while the wire decides. */}
      <button type="submit" className="primary" disabled={pending > 0 && !stepMode} aria-busy={pending > 0}>
        {t('create')}
      </button>
      {pending > 0 && stepMode && (
        <p role="status" className="help">
          {t('waiting', { n: pending })}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
