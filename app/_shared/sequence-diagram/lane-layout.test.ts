import { describe, expect, it } from 'vitest';
import type { TradeView } from '@/app/_shared/lab-api';
import { tradeStory } from '@/app/_shared/trade/trade-story';
import { englishWords } from '@/i18n/english-words';
import { layoutLanes } from './lane-layout';

const labels: Record<string, string> = { 'rpc.response_lost': 'Response lost', 'rpc.request_lost': 'Request lost' };
const label = (id: string) => labels[id] ?? id;
const words = { t: englishWords(), faultLabel: label };

type Ev = TradeView['events'][number];
const ev = (source: 'trade' | 'pay', id: number, at: number, type: string, detail: Record<string, unknown>): Ev => ({
  source,
  id,
  at,
  tradeId: 't-2',
  type,
  detail,
});

/** A V2 create whose first reply was lost, then retried by recovery: the events as the API orders them. */
function responseLost(): TradeView {
  const events: Ev[] = [
    ev('trade', 8, 1000, 'transition', { event: 'trade.created', from: null, to: 'init', owed: 'try' }),
    ev('pay', 2, 1051, 'try.reserved', { amountCents: 1111, fence: true }),
    ev('trade', 9, 2002, 'rpc', {
      op: 'try',
      attempt: 1,
      outcome: { kind: 'unknown' },
      fault: 'rpc.response_lost',
      providerReply: { status: 200, body: { replay: false } },
      durationMs: 1001,
    }),
    ev('trade', 10, 2002, 'transition', { event: 'call.unknown', from: 'init', to: 'unknown', owedBefore: 'try', owed: 'try', attempt: 1 }),
    ev('pay', 3, 2579, 'try.replayed', { fence: 'idempotency' }),
    ev('trade', 11, 2581, 'rpc', {
      op: 'try',
      attempt: 2,
      outcome: { kind: 'success' },
      fault: null,
      providerReply: { status: 200, body: { replay: true, payOrder: { state: 'trySuccess' } } },
      durationMs: 20,
    }),
    ev('trade', 12, 2581, 'transition', {
      event: 'try.succeeded',
      from: 'unknown',
      to: 'trySuccess',
      owedBefore: 'try',
      owed: null,
      attempt: 2,
    }),
  ];
  return {
    id: 't-2',
    amount: '11.11',
    strategy: 'v2',
    requestedAt: 1000,
    answerStatus: 201,
    trade: { status: 'created', createdAt: 1000, updatedAt: 1000 },
    mirror: { payOrderId: 'po-2', state: 'trySuccess', owed: null, attempts: 2, nextRetryAt: null, lastError: null, parked: false },
    provider: { payOrderId: 'po-2', state: 'trySuccess', amount: '11.11', reservations: 1 },
    redrive: null,
    quadrant: 'both',
    verdict: 'consistent',
    consistent: true,
    fence: [],
    events,
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
      events: [
        ev('pay', 1, 1000, 'try.rejected', { code: 'insufficient_funds', fence: true }),
        ev('pay', 2, 1200, 'try.replayed', { fence: 'idempotency', refused: true }),
      ],
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
    view.events[2] = ev('trade', 9, 2002, 'rpc', {
      op: 'try',
      attempt: 1,
      outcome: { kind: 'unknown' },
      fault: 'rpc.request_lost',
      providerReply: null,
      durationMs: 1001,
    });
    view.events.splice(1, 1);
    const rpcRows = layoutLanes(view, words).rows.filter((r) => r.eventType === 'rpc' && r.fault);
    expect(rpcRows.map(describeRow)).toEqual([
      '2 +1 broken trade→✕: try t-2 (attempt 1): request lost (fault: Request lost) · timeout after 1.0 s',
    ]);
  });

  it('answers the create before a delete that follows quickly, and draws the delete as the client asked it', () => {
    const events: Ev[] = [
      ev('trade', 1, 1000, 'transition', { event: 'trade.created', from: null, to: 'init', owed: 'try' }),
      ev('pay', 1, 1010, 'try.reserved', { amountCents: 725, fence: true }),
      ev('trade', 2, 1020, 'rpc', {
        op: 'try',
        attempt: 1,
        outcome: { kind: 'success' },
        fault: null,
        providerReply: { status: 200, body: { replay: false, payOrder: { state: 'trySuccess' } } },
        durationMs: 15,
      }),
      ev('trade', 3, 1020, 'transition', {
        event: 'try.succeeded',
        from: 'init',
        to: 'trySuccess',
        owedBefore: 'try',
        owed: null,
        attempt: 1,
      }),
      ev('trade', 4, 1100, 'transition', {
        event: 'cancel.requested',
        from: 'trySuccess',
        to: 'trySuccess',
        owedBefore: null,
        owed: 'cancel',
        op: 'delete',
      }),
      ev('pay', 2, 1110, 'cancel.released', { amountCents: 725, fence: true, removed: true }),
      ev('trade', 5, 1120, 'rpc', {
        op: 'cancel',
        attempt: 1,
        outcome: { kind: 'success' },
        fault: null,
        providerReply: { status: 200, body: { replay: false, payOrder: null, removed: true } },
        durationMs: 15,
      }),
      ev('trade', 6, 1120, 'transition', {
        event: 'cancel.succeeded',
        from: 'trySuccess',
        to: 'cancelled',
        owedBefore: 'cancel',
        owed: null,
        attempt: 1,
      }),
      ev('trade', 7, 1120, 'trade', { action: 'purged' }),
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
      ev('trade', 1, 1000, 'transition', { event: 'trade.created', from: null, to: 'init', owed: 'try' }),
      ev('pay', 1, 1003, 'try.reserved', { amountCents: 1111, fence: true }),
      ev('trade', 2, 1004, 'rpc', {
        op: 'try',
        attempt: 1,
        outcome: { kind: 'success' },
        fault: null,
        providerReply: { status: 200, body: { payOrder: { state: 'trySuccess' } } },
        durationMs: 1,
      }),
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
      ev('trade', 1, 1000, 'rpc', {
        op: 'try',
        attempt: 1,
        outcome: { kind: 'success' },
        fault: null,
        providerReply: null,
        durationMs: 5,
        strategy: 'v1',
      }),
      ev('trade', 2, 1100, 'rpc', {
        op: 'confirm',
        attempt: 1,
        outcome: { kind: 'unknown' },
        fault: 'rpc.request_lost',
        providerReply: null,
        durationMs: 100,
        strategy: 'v1',
      }),
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
