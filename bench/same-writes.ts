import { openPayDb } from '@/db/pay/client';
import { openTradeDb } from '@/db/trade/client';
import { openingAccounts } from '@/lib/pay/accounts';

/**
 * The baseline for (a): raw better-sqlite3 doing, on the lab's own migrated schema, the same
 * reads and writes in the same six transactions as one V2 create + confirm — everything but
 * the lab's code (drizzle, XState, zod, the JSON wire, async hand-offs).
 * Written by hand from the flow, so it must follow the flow when the flow changes.
 */
export function openSameWrites(dir: string) {
  const trade = openTradeDb(dir).$client;
  const pay = openPayDb(dir).$client;
  pay
    .prepare('insert or ignore into account (id, name, balance_cents, frozen_cents) values (?, ?, ?, ?)')
    .run(openingAccounts[0].id, 'Buyer', openingAccounts[0].balanceCents, 0);
  const t = {
    insertRequest: trade.prepare(
      'insert into trade_request (idempotency_key, amount_cents, strategy, requested_at) values (null, ?, ?, ?) returning id',
    ),
    insertTrade: trade.prepare(
      'insert into trade_order (id, amount_cents, strategy, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?)',
    ),
    insertMirror: trade.prepare('insert into pay_order (id, trade_id, amount_cents, state, owed, updated_at) values (?, ?, ?, ?, ?, ?)'),
    insertEvent: trade.prepare('insert into trade_event (at, trade_id, type, detail) values (?, ?, ?, ?) returning id'),
    answer: trade.prepare('update trade_request set answer = ? where id = ? and answer is null'),
    mirror: trade.prepare('select * from pay_order where id = ?'),
    trade: trade.prepare('select * from trade_order where id = ?'),
    saveMirror: trade.prepare(
      'update pay_order set state = ?, owed = ?, attempts = ?, next_retry_at = null, last_error = null, updated_at = ? where id = ?',
    ),
    lastOp: trade.prepare('update trade_request set last_op = ? where id = ?'),
    confirmTrade: trade.prepare('update trade_order set status = ?, updated_at = ? where id = ?'),
  };
  const p = {
    fence: pay.prepare('select * from fence where pay_order_id = ? and op = ?'),
    account: pay.prepare('select * from account where id = ?'),
    saveAccount: pay.prepare('update account set balance_cents = ?, frozen_cents = ? where id = ?'),
    order: pay.prepare('select * from pay_order where id = ?'),
    insertOrder: pay.prepare(
      'insert into pay_order (id, trade_id, account_id, amount_cents, state, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)',
    ),
    saveOrder: pay.prepare('update pay_order set state = ?, updated_at = ? where id = ?'),
    insertFence: pay.prepare('insert into fence (pay_order_id, op, outcome, answer, at) values (?, ?, ?, ?, ?) on conflict do nothing'),
    insertEvent: pay.prepare('insert into pay_event (at, pay_order_id, trade_id, type, detail) values (?, ?, ?, ?, ?)'),
  };
  const inTrade = trade.transaction((fn: () => void) => fn());
  const inPay = pay.transaction((fn: () => void) => fn());
  const account = openingAccounts[0].id;
  const answer = (op: string, id: string, tradeId: string, amountCents: number, state: string) =>
    JSON.stringify({ op, payOrder: { id, tradeId, accountId: account, amountCents, state, reservations: 1 }, replay: false });

  return function flow(amountCents: number): void {
    const at = Date.now();
    let tradeId = '';
    let requestId = 0;
    inTrade(() => {
      requestId = (t.insertRequest.get(amountCents, 'v2', at) as { id: number }).id;
      tradeId = `t-${requestId}`;
      t.insertTrade.run(tradeId, amountCents, 'v2', 'created', at, at);
      t.insertMirror.run(`po-${requestId}`, tradeId, amountCents, 'init', 'try', at);
      t.insertEvent.get(
        at,
        tradeId,
        'transition',
        JSON.stringify({
          payOrderId: `po-${requestId}`,
          event: 'trade.created',
          from: null,
          to: 'init',
          owed: 'try',
          strategy: 'v2',
          amountCents,
        }),
      );
      t.answer.run('created', requestId);
    });
    const po = `po-${requestId}`;
    inPay(() => {
      p.fence.get(po, 'try');
      p.fence.get(po, 'cancel');
      const a = p.account.get(account) as { balance_cents: number; frozen_cents: number };
      p.saveAccount.run(a.balance_cents - amountCents, a.frozen_cents + amountCents, account);
      p.order.get(po);
      p.insertOrder.run(po, tradeId, account, amountCents, 'trySuccess', at, at);
      p.order.get(po);
      p.insertFence.run(po, 'try', 'done', answer('try', po, tradeId, amountCents, 'trySuccess'), at);
      p.insertEvent.run(at, po, tradeId, 'try.reserved', JSON.stringify({ amountCents, fence: true }));
    });
    const settle = (op: string, state: string, attempt: number, after?: () => void) =>
      inTrade(() => {
        t.insertEvent.get(
          at,
          tradeId,
          'rpc',
          JSON.stringify({
            payOrderId: po,
            op,
            attempt,
            outcome: { kind: 'success' },
            fault: null,
            providerReply: { status: 200, body: JSON.parse(answer(op, po, tradeId, amountCents, state)) },
            lateDelivery: false,
            durationMs: 0,
          }),
        );
        t.mirror.get(po);
        t.saveMirror.run(state, null, attempt, at, po);
        t.insertEvent.get(
          at,
          tradeId,
          'transition',
          JSON.stringify({ payOrderId: po, event: `${op}.succeeded`, from: 'init', to: state, owedBefore: op, owed: null, attempt }),
        );
        t.trade.get(tradeId);
        after?.();
      });
    settle('try', 'trySuccess', 1);
    inTrade(() => {
      t.mirror.get(po);
      t.trade.get(tradeId);
      t.lastOp.run('confirm', requestId);
      t.saveMirror.run('trySuccess', 'confirm', 0, at, po);
      t.insertEvent.get(
        at,
        tradeId,
        'transition',
        JSON.stringify({
          payOrderId: po,
          event: 'confirm.requested',
          from: 'trySuccess',
          to: 'trySuccess',
          owedBefore: null,
          owed: 'confirm',
          op: 'confirm',
        }),
      );
    });
    inPay(() => {
      p.fence.get(po, 'confirm');
      p.order.get(po);
      const a = p.account.get(account) as { frozen_cents: number; balance_cents: number };
      p.saveAccount.run(a.balance_cents, a.frozen_cents - amountCents, account);
      p.saveOrder.run('confirmed', at, po);
      p.order.get(po);
      p.insertFence.run(po, 'confirm', 'done', answer('confirm', po, tradeId, amountCents, 'confirmed'), at);
      p.insertEvent.run(at, po, tradeId, 'confirm.charged', JSON.stringify({ amountCents, fence: true }));
    });
    settle('confirm', 'confirmed', 1, () => t.confirmTrade.run('confirmed', at, tradeId));
  };
}
