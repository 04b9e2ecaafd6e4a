'use client';

import { useState, type FormEvent } from 'react';
import { labApi, type TradeView } from '@/app/_shared/lab-api';
import type { Strategy } from '@/lib/settings/settings';
import './new-trade-form.css';

/** The note's scenario amounts: each forces one create case of the case matrix, whatever the switches say. */
const scenarios: Record<string, Record<Strategy, string>> = {
  '1.00': { v1: 'Case 1 · no fault: created ↔ trySuccess.', v2: 'Case 1 · no fault: trySuccess on both sides.' },
  '2.00': {
    v1: 'Case 2 · the provider rejects; the tx rolls back: neither side.',
    v2: 'Case 2 · the local tx fails before the RPC: neither side.',
  },
  '3.00': {
    v1: 'Case 3 · request lost, V1 assumes success: trade only, until a retry re-sends the try.',
    v2: 'Case 3 · request lost → unknown; recovery re-sends the try and converges.',
  },
  '4.00': {
    v1: 'Case 4 · the tx aborts after the call: pay only — stuck; only reconciliation cancels it.',
    v2: 'Case 4 · recording the result fails: mirror init, provider trySuccess; recovery converges.',
  },
};

interface Props {
  strategy: Strategy;
  onCreated: (trade: TradeView) => void;
  /** A create that logged a request but left no trade still has an id worth looking at. */
  onRefused: (tradeId: string | undefined) => void;
}

export function NewTradeForm({ strategy, onCreated, onRefused }: Props) {
  const [amount, setAmount] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const result = await labApi.createTrade(amount.trim());
    setBusy(false);
    if (result.ok) {
      setError(null);
      onCreated(result.value);
    } else {
      setError(result.error.tradeId ? `${result.error.tradeId}: ${result.error.message}` : result.error.message);
      onRefused(result.error.tradeId);
    }
  }

  const scenario = scenarios[amount.trim()]?.[strategy];
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="new-trade-title">
      <h2 id="new-trade-title">New trade</h2>
      <div className="setting">
        <label htmlFor="amount">Amount</label>
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
      <div className="quick-amounts" role="group" aria-label="Scenarios">
        {Object.keys(scenarios).map((value) => (
          <button key={value} type="button" aria-pressed={amount.trim() === value} onClick={() => setAmount(value)}>
            {value}
          </button>
        ))}
      </div>
      <p className="help">{scenario ?? 'Other amounts follow the fault switches only.'}</p>
      <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
        Create trade
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
