import { describe, expect, it } from 'vitest';
import type { TradeView } from '@/app/_shared/lab-api';
import { tradeStory } from '@/app/_shared/trade/trade-story';
import { englishWords } from '@/i18n/english-words';
import type { PayOrderSnapshot } from '@/lib/pay-order/decide';
import type { Operation } from '@/lib/pay-order/pay-order.machine';
import type { RpcOutcome } from '@/lib/pay/contract';
import { releasedEvent, rejectedEvent, replayedEvent, reservedEvent, type PayEvent } from '@/lib/pay/pay-events';
import type { RpcAttempt } from '@/lib/rpc/client';
import { v1Attempts } from '@/lib/strategies/v1/v1-attempts';
import {
  createdEvent,
  purgedEvent,
  rpcEvent,
  transitionEvent,
  type AttemptRecord,
  type MirrorCause,
  type TradeEvent,
} from '@/lib/trade/trade-events';
import { layoutLanes } from './lane-layout';

const labels: Record<string, string> = { 'rpc.response_lost': 'Response lost', 'rpc.request_lost': 'Request lost' };
const label = (id: string) => labels[id] ?? id;
const words = { t: englishWords(), faultLabel: label };

type Ev = TradeView['events'][number];
const trade = (id: number, at: number, event: TradeEvent): Ev => ({ source: 'trade', id, at, tradeId: 't-2', ...event });
const pay = (id: number, at: number, event: PayEvent): Ev => ({ source: 'pay', id, at, tradeId: 't-2', ...event });

const created = createdEvent('po-2', { state: 'init', owed: 'try' }, 'v2', 11_11);
const moved = (before: PayOrderSnapshot, after: PayOrderSnapshot, cause: MirrorCause) => transitionEvent('po-2', before, after, cause);
const success: RpcOutcome = { kind: 'success', value: { op: 'try', payOrder: null, replay: false } };
const lost: RpcOutcome = { kind: 'unknown', reason: 'no reply within 1000 ms' };
const call = (
  op: Operation,
  attempt: number,
  result: Pick<RpcAttempt, 'outcome' | 'durationMs'> & Partial<RpcAttempt>,
  record?: AttemptRecord,
) => rpcEvent({ payOrderId: 'po-2', op, attempt }, { fault: null, providerReply: null, lateDelivery: false, ...result }, record);
const ok = (body: unknown) => ({ status: 200, body });

/** A V2 create whose first reply was lost, then retried by recovery: the events as the API orders them. */
function responseLost(): TradeView {
  const events: Ev[] = [
    trade(8, 1000, created),
    pay(2, 1051, reservedEvent(11_11, true)),
    trade(9, 2002, call('try', 1, { outcome: lost, fault: 'rpc.response_lost', providerReply: ok({ replay: false }), durationMs: 1001 })),
    trade(10, 2002, moved({ state: 'init', owed: 'try' }, { state: 'unknown', owed: 'try' }, { event: 'call.unknown', attempt: 1 })),
    pay(3, 2579, replayedEvent('try', false)),
    trade(
      11,
      2581,
      call('try', 2, { outcome: success, providerReply: ok({ replay: true, payOrder: { state: 'trySuccess' } }), durationMs: 20 }),
    ),
    trade(12, 2581, moved({ state: 'unknown', owed: 'try' }, { state: 'trySuccess', owed: null }, { event: 'try.succeeded', attempt: 2 })),
  ];
  return {
    id: 't-2',
    amount: '11.11',
    strategy: 'v2',
    requestedAt: 1000,
    answerStatus: 201,
    trade: { status: 'created', pending: null, heldBy: null, createdAt: 1000, updatedAt: 1000 },
    mirror: { payOrderId: 'po-2', state: 'trySuccess', owed: null, attempts: 2, nextRetryAt: null, lastError: null, parked: false },
    provider: { payOrderId: 'po-2', state: 'trySuccess', amount: '11.11', reservations: 1 },
    redrive: null,
    quadrant: 'both',
    verdict: 'consistent',
    consistent: true,
    fence: [],
    events,
    globals: [],
  } as TradeView;
}

const describeRow = (r: ReturnType<typeof layoutLanes>['rows'][number]) => {
  const s = r.shape;
  const where = s.kind === 'arrow' ? `${s.from}→${s.to}` : s.kind === 'broken' ? `${s.from}→✕` : s.lane;
  return `${r.step} +${r.offsetMs} ${s.kind} ${where}: ${s.label}`;
};

describe('the lanes of a trade', () => {
  it("draws the fence's replay of a refusal as a refusal", () => {
    const view = {
      ...responseLost(),
      events: [pay(1, 1000, rejectedEvent('try', 'insufficient_funds', true)), pay(2, 1200, replayedEvent('try', true))],
    };
    const payRows = layoutLanes(view, words).rows.filter((r) => r.shape.kind === 'box' && r.shape.lane === 'pay');
    expect(payRows.map((r) => r.shape.label)).toEqual(['refused: business failure', 'replay (fence): refused again']);
  });

  it('draws the request at its start, the provider commit inside the call, and the lost reply broken', () => {
    const { rows, steps } = layoutLanes(responseLost(), words);
    expect(rows.map(describeRow)).toEqual([
      '1 +0 arrow client→trade: POST /api/trades 11.11',
      '1 +0 box trade: commit: init',
      '2 +1 arrow trade→pay: try t-2 (attempt 1)',
      '3 +51 box pay: commit: reserve',
      '2 +1002 broken pay→✕: reply lost (fault: Response lost)',
      '4 +1002 box trade: → unknown · owes try',
      '4 +1002 arrow trade→client: 201 · mirror unknown',
      '5 +1561 note trade: recovery: retry after 559 ms',
      '5 +1561 arrow trade→pay: try t-2 (attempt 2, same key)',
      '6 +1579 box pay: replay (fence)',
      '5 +1581 arrow pay→trade: 200 trySuccess (fence: already done, first answer)',
      '7 +1581 box trade: commit: trySuccess',
    ]);
    expect(steps).toHaveLength(7);
    expect(rows.filter((r) => r.fault === 'rpc.response_lost').every((r) => r.eventType === 'rpc')).toBe(true);
  });

  it('breaks a lost request at the network and draws no reply', () => {
    const view = responseLost();
    view.events[2] = trade(9, 2002, call('try', 1, { outcome: lost, fault: 'rpc.request_lost', durationMs: 1001 }));
    view.events.splice(1, 1);
    const rpcRows = layoutLanes(view, words).rows.filter((r) => r.eventType === 'rpc' && r.fault);
    expect(rpcRows.map(describeRow)).toEqual([
      '2 +1 broken trade→✕: try t-2 (attempt 1): request lost (fault: Request lost) · timeout after 1.0 s',
    ]);
  });

  it('answers the create before a delete that follows quickly, and draws the delete as the client asked it', () => {
    const reserved = { state: 'trySuccess', owed: null } as const;
    const events: Ev[] = [
      trade(1, 1000, created),
      pay(1, 1010, reservedEvent(7_25, true)),
      trade(
        2,
        1020,
        call('try', 1, { outcome: success, providerReply: ok({ replay: false, payOrder: { state: 'trySuccess' } }), durationMs: 15 }),
      ),
      trade(3, 1020, moved({ state: 'init', owed: 'try' }, reserved, { event: 'try.succeeded', attempt: 1 })),
      trade(4, 1100, moved(reserved, { state: 'trySuccess', owed: 'cancel' }, { event: 'cancel.requested', op: 'delete' })),
      pay(2, 1110, releasedEvent(7_25, true, true)),
      trade(
        5,
        1120,
        call('cancel', 1, { outcome: success, providerReply: ok({ replay: false, payOrder: null, removed: true }), durationMs: 15 }),
      ),
      trade(
        6,
        1120,
        moved({ state: 'trySuccess', owed: 'cancel' }, { state: 'cancelled', owed: null }, { event: 'cancel.succeeded', attempt: 1 }),
      ),
      trade(7, 1120, purgedEvent('po-2')),
    ];
    const view = { ...responseLost(), events, trade: null, mirror: null, provider: null, quadrant: 'neither' } as TradeView;
    const labels = layoutLanes(view, words).rows.map((r) => r.shape.label);
    expect(labels.slice(labels.indexOf('commit: trySuccess'), labels.indexOf('commit: owes cancel') + 1)).toEqual([
      'commit: trySuccess',
      '201 · mirror trySuccess',
      'delete t-2',
      'commit: owes cancel',
    ]);
    expect(labels).toContain('commit: release, remove the pay order');
    expect(labels).toContain('200 cancelled, removed');
    expect(tradeStory(view, words)).toMatch(
      /^create, delete with no fault → settled · neither · now consistent \(no trade ↔ no pay order\)/,
    );
  });

  it('draws a request ahead of the provider commit made in its first millisecond', () => {
    const events: Ev[] = [
      trade(1, 1000, created),
      pay(1, 1003, reservedEvent(11_11, true)),
      trade(2, 1004, call('try', 1, { outcome: success, providerReply: ok({ payOrder: { state: 'trySuccess' } }), durationMs: 1 })),
    ];
    const rows = layoutLanes({ ...responseLost(), events }, words).rows.map(describeRow);
    expect(rows.slice(2, 5)).toEqual([
      '2 +3 arrow trade→pay: try t-2 (attempt 1)',
      '3 +3 box pay: commit: reserve',
      '2 +4 arrow pay→trade: 200 trySuccess',
    ]);
  });

  it("tells a V1 trade's operations from its calls", () => {
    const events: Ev[] = [
      trade(1, 1000, call('try', 1, { outcome: success, durationMs: 5 }, v1Attempts)),
      trade(2, 1100, call('confirm', 1, { outcome: lost, fault: 'rpc.request_lost', durationMs: 100 }, v1Attempts)),
    ];
    const view = { ...responseLost(), strategy: 'v1', events, verdict: 'stuck', mirror: null } as TradeView;
    expect(tradeStory(view, words)).toMatch(/^create, confirm under "Request lost" → stuck/);
    const confirmRows = layoutLanes(view, words)
      .rows.filter((r) => r.step === 2)
      .map((r) => r.shape.label);
    expect(confirmRows.slice(0, 2)).toEqual([
      'confirm t-2',
      'confirm t-2 (attempt 1): request lost (fault: Request lost) · timeout after 100 ms',
    ]);
  });

  it('tells the story in one line', () => {
    expect(tradeStory(responseLost(), words)).toBe(
      'create under "Response lost" → repaired by retry · both · now consistent (trySuccess ↔ trySuccess) · 7 events',
    );
  });
});
