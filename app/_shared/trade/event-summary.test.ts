import { describe, expect, it } from 'vitest';
import type { FaultId } from '@/lib/faults/catalog';
import type { RpcOutcome } from '@/lib/pay/contract';
import { v1Attempts } from '@/lib/strategies/v1/v1-attempts';
import { v1DecisionEvent } from '@/lib/strategies/v1/v1-events';
import {
  createdEvent,
  faultEvent,
  reconciledEvent,
  resetEvent,
  rpcEvent,
  sweepEvent,
  transitionEvent,
  type TradeEvent,
} from '@/lib/trade/trade-events';
import { englishWords } from '@/i18n/english-words';
import { summarizeEvent } from './event-summary';

const labels: Record<string, string> = { 'rpc.response_lost': 'Response lost', 'local.fail_after_rpc': 'Local commit fails after RPC' };
const summary = (event: TradeEvent, tradeId: string | null = 't-3') =>
  summarizeEvent({ id: 1, at: 0, tradeId, ...event }, { t: englishWords(), faultLabel: (id: string) => labels[id] ?? id });

const success: RpcOutcome = { kind: 'success', value: { op: 'try', payOrder: null, replay: false } };
const attempt = (attempt: number | 'redrive', outcome: RpcOutcome, fault: FaultId | null = null) =>
  rpcEvent({ payOrderId: 'po-3', op: 'try', attempt }, { outcome, fault, providerReply: null, lateDelivery: false, durationMs: 5 });

describe('event summaries', () => {
  it.each([
    ['a created trade', createdEvent('po-3', { state: 'init', owed: 'try' }, 'v2', 1_00), 't-3 created · mirror init (owes try)'],
    [
      'a state change',
      transitionEvent('po-3', { state: 'init', owed: 'try' }, { state: 'trySuccess', owed: null }, { event: 'try.succeeded', attempt: 1 }),
      't-3 mirror init → trySuccess · try.succeeded',
    ],
    [
      'a self-loop',
      transitionEvent('po-3', { state: 'unknown', owed: 'try' }, { state: 'unknown', owed: 'try' }, { event: 'call.unknown', attempt: 2 }),
      't-3 mirror unknown ↺ · call.unknown (owes try)',
    ],
    [
      'a lost reply',
      attempt(1, { kind: 'unknown', reason: 'no reply within 300 ms (the reply was lost)' }, 'rpc.response_lost'),
      't-3 try → unknown (Response lost)',
    ],
    ['a retry', attempt(2, success), 't-3 try #2 → success'],
    [
      'a definite refusal',
      attempt(1, { kind: 'failure', code: 'insufficient_funds', message: 'balance 0.00 is below 4.00' }),
      't-3 try → failure insufficient_funds',
    ],
    [
      "V1's re-drive",
      rpcEvent(
        { payOrderId: 'po-3', op: 'try', attempt: 'redrive' },
        { outcome: success, fault: null, providerReply: null, lateDelivery: false, durationMs: 5 },
        v1Attempts,
      ),
      't-3 try (re-drive) → success',
    ],
    [
      'a fault',
      faultEvent('local.fail_after_rpc', 'try', 'recording the result', 'po-3'),
      't-3 fault: Local commit fails after RPC · recording the result',
    ],
    ["V1's decision", v1DecisionEvent('try', true, 'the provider succeeded'), 't-3 V1 try → commit · the provider succeeded'],
    ['a reconciled orphan', reconciledEvent('po-3', 4_00), 't-3 reconcile cancelled the orphan pay order · released 4.00'],
  ])('%s', (_what, event, expected) => {
    expect(summary(event)).toBe(expected);
  });

  it('names the lab for events without a trade', () => {
    expect(summary(sweepEvent(2, 1, false), null)).toBe('recovery sweep · 2 re-sent, 1 converged');
    expect(summary(resetEvent(), null)).toBe('lab reset · every database emptied');
  });
});
