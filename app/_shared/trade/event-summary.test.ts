import { describe, expect, it } from 'vitest';
import type { LabEvent } from '@/app/_shared/lab-api';
import { englishWords } from '@/i18n/english-words';
import { summarizeEvent } from './event-summary';

const labels: Record<string, string> = { 'rpc.response_lost': 'Response lost', 'local.fail_after_rpc': 'Local commit fails after RPC' };
const summary = (type: string, detail: Record<string, unknown>, tradeId: string | null = 't-3') =>
  summarizeEvent({ id: 1, at: 0, tradeId, type, detail } satisfies LabEvent, {
    t: englishWords(),
    faultLabel: (id: string) => labels[id] ?? id,
  });

describe('event summaries', () => {
  it.each([
    [
      'a created trade',
      'transition',
      { event: 'trade.created', from: null, to: 'init', owed: 'try' },
      't-3 created · mirror init (owes try)',
    ],
    [
      'a state change',
      'transition',
      { event: 'try.succeeded', from: 'init', to: 'trySuccess', owed: null },
      't-3 mirror init → trySuccess · try.succeeded',
    ],
    [
      'a self-loop',
      'transition',
      { event: 'call.unknown', from: 'unknown', to: 'unknown', owed: 'try' },
      't-3 mirror unknown ↺ · call.unknown (owes try)',
    ],
    [
      'a lost reply',
      'rpc',
      { op: 'try', attempt: 1, outcome: { kind: 'unknown' }, fault: 'rpc.response_lost' },
      't-3 try → unknown (Response lost)',
    ],
    ['a retry', 'rpc', { op: 'try', attempt: 2, outcome: { kind: 'success' }, fault: null }, 't-3 try #2 → success'],
    [
      'a definite refusal',
      'rpc',
      { op: 'try', attempt: 1, outcome: { kind: 'failure', code: 'insufficient_funds' }, fault: null },
      't-3 try → failure insufficient_funds',
    ],
    ["V1's re-drive", 'rpc', { op: 'try', attempt: 'redrive', outcome: { kind: 'success' }, fault: null }, 't-3 try (re-drive) → success'],
    [
      'a fault',
      'fault',
      { fault: 'local.fail_after_rpc', stage: 'recording the result' },
      't-3 fault: Local commit fails after RPC · recording the result',
    ],
    ["V1's decision", 'v1', { op: 'create', decision: 'commit', why: 'assume-success' }, 't-3 V1 create → commit · assume-success'],
    [
      'a reconciled orphan',
      'reconcile',
      { payOrderId: 'po-3', released: 400 },
      't-3 reconcile cancelled the orphan pay order · released 4.00',
    ],
  ])('%s', (_what, type, detail, expected) => {
    expect(summary(type, detail)).toBe(expected);
  });

  it('names the lab for events without a trade', () => {
    expect(summary('recovery', { attempted: 2, converged: 1 }, null)).toBe('recovery sweep · 2 re-sent, 1 converged');
    expect(summary('lab.reset', {}, null)).toBe('lab reset · both databases emptied');
  });
});
