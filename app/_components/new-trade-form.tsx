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
  /** Step mode: a create waits until its messages are played on the wire, so the form must not wait with it. */
  stepMode: boolean;
  onCreated: (trade: TradeView) => void;
  /** A create that logged a request but left no trade still has an id worth looking at. */
  onRefused: (tradeId: string | undefined) => void;
}

export function NewTradeForm({ strategy, stepMode, onCreated, onRefused }: Props) {
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
      {/* Outside step mode one create at a time; in it the form stays free while the wire decides. */}
      <button type="submit" className="primary" disabled={pending > 0 && !stepMode} aria-busy={pending > 0}>
        Create trade
      </button>
      {pending > 0 && stepMode && (
        <p role="status" className="help">
          {pending === 1 ? 'A trade is' : `${pending} trades are`} waiting on the wire: decide its messages there.
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
