import { describe, expect, it } from 'vitest';
import type { RpcAttempt } from '@/lib/rpc/client';
import { v1Attempts } from '@/lib/strategies/v1/v1-attempts';
import { v1DecisionEvent } from '@/lib/strategies/v1/v1-events';
import {
  asTradeEvent,
  branchPhaseEvent,
  createdEvent,
  faultEvent,
  hangingTryRefusedEvent,
  ignoredResultEvent,
  lateReplyEvent,
  notRepairableEvent,
  purgedEvent,
  reconciledEvent,
  resetEvent,
  rpcEvent,
  stoppedByHandEvent,
  sweepEvent,
  tradeEventSchema,
  transitionEvent,
} from './trade-events';

const answer = { op: 'try', payOrder: null, replay: true } as const;
const reply = { status: 200, body: answer };
const succeeded: RpcAttempt = {
  outcome: { kind: 'success', value: answer },
  fault: null,
  providerReply: reply,
  lateDelivery: false,
  durationMs: 20,
};
const lost: RpcAttempt = {
  outcome: { kind: 'unknown', reason: 'no reply within 300 ms (the reply was lost)' },
  fault: 'rpc.response_lost',
  providerReply: reply,
  lateDelivery: false,
  durationMs: 300,
};
const sent = { payOrderId: 'po-1', op: 'try', attempt: 1 } as const;
const redriven = { ...sent, attempt: 'redrive' } as const;
const branch = { xid: 'x-1', branchId: 'b-1', action: 'create' } as const;

/**
 * trade_event keeps each detail as the JSON its builder makes. These are the bytes each writer
 * stored before the builders existed, quirks and all: the recorded reports quote them.
 */
describe("the trade service's events, as trade_event stores them", () => {
  it.each([
    [
      "V2's intent",
      createdEvent('po-1', { state: 'init', owed: 'try' }, 'v2', 1_00),
      '{"payOrderId":"po-1","event":"trade.created","from":null,"to":"init","owed":"try","strategy":"v2","amountCents":100}',
    ],
    [
      'a request on the mirror',
      transitionEvent(
        'po-1',
        { state: 'trySuccess', owed: null },
        { state: 'trySuccess', owed: 'cancel' },
        { event: 'cancel.requested', op: 'delete' },
      ),
      '{"payOrderId":"po-1","event":"cancel.requested","from":"trySuccess","to":"trySuccess","owedBefore":null,"owed":"cancel","op":"delete"}',
    ],
    [
      "an attempt's answer on the mirror",
      transitionEvent('po-1', { state: 'init', owed: 'try' }, { state: 'trySuccess', owed: null }, { event: 'try.succeeded', attempt: 2 }),
      '{"payOrderId":"po-1","event":"try.succeeded","from":"init","to":"trySuccess","owedBefore":"try","owed":null,"attempt":2}',
    ],
    [
      "V2's success, its answer not stored twice",
      rpcEvent(sent, succeeded),
      '{"payOrderId":"po-1","op":"try","attempt":1,"outcome":{"kind":"success"},"fault":null,"providerReply":{"status":200,"body":{"op":"try","payOrder":null,"replay":true}},"lateDelivery":false,"durationMs":20}',
    ],
    [
      "V2's lost reply",
      rpcEvent(sent, lost),
      '{"payOrderId":"po-1","op":"try","attempt":1,"outcome":{"kind":"unknown","reason":"no reply within 300 ms (the reply was lost)"},"fault":"rpc.response_lost","providerReply":{"status":200,"body":{"op":"try","payOrder":null,"replay":true}},"lateDelivery":false,"durationMs":300}',
    ],
    [
      "V1's call, its answer kept in the outcome",
      rpcEvent(sent, succeeded, v1Attempts),
      '{"payOrderId":"po-1","op":"try","attempt":1,"outcome":{"kind":"success","value":{"op":"try","payOrder":null,"replay":true}},"fault":null,"providerReply":{"status":200,"body":{"op":"try","payOrder":null,"replay":true}},"lateDelivery":false,"durationMs":20,"strategy":"v1"}',
    ],
    [
      "V1's re-sent try, without lateDelivery",
      rpcEvent(redriven, lost, { ...v1Attempts, withoutLateDelivery: true }),
      '{"payOrderId":"po-1","op":"try","attempt":"redrive","outcome":{"kind":"unknown","reason":"no reply within 300 ms (the reply was lost)"},"fault":"rpc.response_lost","providerReply":{"status":200,"body":{"op":"try","payOrder":null,"replay":true}},"durationMs":300,"strategy":"v1"}',
    ],
    [
      'a late reply',
      lateReplyEvent('po-1', 'try', reply),
      '{"payOrderId":"po-1","op":"try","providerReply":{"status":200,"body":{"op":"try","payOrder":null,"replay":true}}}',
    ],
    [
      'a fault before any pay order is on record',
      faultEvent('local.fail_before_rpc', 'try', 'committing the intent'),
      '{"fault":"local.fail_before_rpc","op":"try","stage":"committing the intent"}',
    ],
    [
      'a fault on a pay order',
      faultEvent('local.fail_after_rpc', 'confirm', 'recording the result', 'po-1'),
      '{"fault":"local.fail_after_rpc","op":"confirm","payOrderId":"po-1","stage":"recording the result"}',
    ],
    ['a result ignored', ignoredResultEvent('po-1', 'cancel', 'failure'), '{"payOrderId":"po-1","op":"cancel","outcome":"failure"}'],
    ['a sweep', sweepEvent(3, 2, false), '{"kind":"sweep","attempted":3,"converged":2,"force":false}'],
    ['retries stopped by hand', stoppedByHandEvent(), '{"kind":"stopped","by":"hand"}'],
    [
      'not repairable by retry',
      notRepairableEvent('v1', 'create', 'no local row to retry from'),
      '{"kind":"not-repairable","strategy":"v1","op":"create","repairable":false,"why":"no local row to retry from"}',
    ],
    ['a purge', purgedEvent('po-1'), '{"action":"purged","payOrderId":"po-1"}'],
    ['a reconciled orphan', reconciledEvent('po-1', 4_00), '{"payOrderId":"po-1","released":400}'],
    ['a reset', resetEvent(), '{}'],
    [
      "V1's decision",
      v1DecisionEvent('confirm', false, 'the provider refused: insufficient_funds'),
      '{"op":"confirm","decision":"rollback","why":"the provider refused: insufficient_funds"}',
    ],
    [
      "a trade branch's Try",
      branchPhaseEvent(branch, 'try', null, { status: 'created', pending: 'create' }),
      '{"xid":"x-1","branchId":"b-1","action":"create","phase":"try","from":null,"to":{"status":"created","pending":"create"}}',
    ],
    [
      "a trade branch's empty rollback, repeated",
      branchPhaseEvent(branch, 'cancel', null, null, { replay: true, emptyRollback: true }),
      '{"xid":"x-1","branchId":"b-1","action":"create","phase":"cancel","from":null,"to":null,"replay":true,"emptyRollback":true}',
    ],
    [
      "a trade branch's late Try, refused",
      hangingTryRefusedEvent(branch),
      '{"xid":"x-1","branchId":"b-1","action":"create","fence":"anti-hanging"}',
    ],
  ])('%s', (_what, event, stored) => {
    expect(JSON.stringify(event.detail)).toBe(stored);
    expect(tradeEventSchema.safeParse(event).success).toBe(true);
  });
});

describe('reading trade_event back: the one reshape', () => {
  it('hands back the row it read, its detail as stored', () => {
    const row = {
      id: 7,
      at: 0,
      tradeId: 't-1',
      type: 'rpc',
      detail: JSON.parse(JSON.stringify(rpcEvent(sent, succeeded).detail)) as unknown,
    };
    expect(asTradeEvent(row)).toBe(row);
  });

  it.each([
    ['a kind no builder writes', { type: 'retry', detail: {} }],
    ['a detail missing a key', { type: 'reconcile', detail: { payOrderId: 'po-1' } }],
    ['a detail with a key no builder writes', { type: 'lab.reset', detail: { by: 'hand' } }],
    ['a value outside the vocabulary', { type: 'fault', detail: { fault: 'disk.full', op: 'try', stage: 'committing the intent' } }],
  ])('refuses %s: a bug, found at the read', (_what, row) => {
    expect(() => asTradeEvent(row)).toThrow(/^trade_event holds a "[^"]+" event outside the lab's vocabulary/);
  });
});
