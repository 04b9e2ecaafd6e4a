import { describe, expect, it } from 'vitest';
import type { Result } from '@/lib/errors/lab-error';
import type { Lab } from '@/lib/lab';
import { retryNow, stopRetrying } from '@/lib/recovery/manual';
import { labsClosedAfterEach } from '@/lib/testing/test-lab';
import { createTrade } from './create-trade';
import { modifyTrade } from './modify-trade';
import { actionsOn, tradeActions, type TradeAction } from './trade-actions';

const openLab = labsClosedAfterEach({ transport: 'in-process', settings: { tradeExpiryMs: 0 } });

async function trade(lab: Lab, amount: number, strategy: 'v1' | 'v2', fault?: 'rpc.request_lost'): Promise<string> {
  if (fault) lab.faults.set(fault, { mode: 'once' });
  const created = await createTrade(lab.trade, { amount, strategy });
  if (!created.ok) throw new Error(created.error.message);
  return created.value.tradeId;
}

const handlers: Record<TradeAction, (lab: Lab, id: string) => Promise<Result<unknown, string>>> = {
  confirm: (lab, id) => modifyTrade(lab.trade, id, 'confirm'),
  cancel: (lab, id) => modifyTrade(lab.trade, id, 'cancel'),
  delete: (lab, id) => modifyTrade(lab.trade, id, 'delete'),
  retry: (lab, id) => retryNow(lab.trade, id),
  'stop-retrying': (lab, id) => stopRetrying(lab.trade, id),
};

/** What actionsOn says of each action, against what the handler then does, each on a fresh trade in the same state. */
async function sayAndDo(make: (lab: Lab) => Promise<string>) {
  const lab = (await openLab()).lab;
  const said = actionsOn(lab.trade, await make(lab))!;
  const done: Record<string, string> = {};
  for (const action of tradeActions) {
    const answer = await handlers[action](lab, await make(lab));
    done[action] = answer.ok ? 'allowed' : answer.error.code;
  }
  return { said: Object.fromEntries(tradeActions.map((a) => [a, said[a].allowed ? 'allowed' : said[a].refusal.code])), done };
}

describe('the actions a trade view carries are the handlers’ own checks', () => {
  it.each([
    ['V2, both sides trySuccess', (lab: Lab) => trade(lab, 10_00, 'v2')],
    // The machine refuses a confirm while the try is owed: the page used to offer it (the server answered 409).
    ['V2, unknown owing the try', (lab: Lab) => trade(lab, 10_00, 'v2', 'rpc.request_lost')],
    ['V1, created', (lab: Lab) => trade(lab, 10_00, 'v1')],
    ['V1, create case 3: a re-drive owed', (lab: Lab) => trade(lab, 3_00, 'v1')],
  ])('%s: each action allowed exactly when its handler takes it, refused with the code it answers', async (_state, make) => {
    const { said, done } = await sayAndDo(make);
    expect(said).toEqual(done);
  });

  it('refuses a confirm while the try is owed, with the machine’s reason', async () => {
    const lab = (await openLab()).lab;
    const id = await trade(lab, 10_00, 'v2', 'rpc.request_lost');
    expect(actionsOn(lab.trade, id)).toMatchObject({
      confirm: { allowed: false, refusal: { code: 'illegal_transition' } },
      cancel: { allowed: true },
      retry: { allowed: true },
    });
  });

  it('refuses stopping retries already stopped, and a delete before expiry', async () => {
    const lab = (await openLab({ settings: { tradeExpiryMs: 60_000 } })).lab;
    const id = await trade(lab, 10_00, 'v2', 'rpc.request_lost');
    expect((await stopRetrying(lab.trade, id)).ok).toBe(true);
    expect(actionsOn(lab.trade, id)).toMatchObject({
      'stop-retrying': { allowed: false, refusal: { code: 'illegal_transition' } },
      retry: { allowed: true },
      delete: { allowed: false, refusal: { code: 'not_expired' } },
    });
    expect(await stopRetrying(lab.trade, id)).toMatchObject({ ok: false, error: { code: 'illegal_transition' } });
  });

  it('knows no trade it never saw', async () => {
    expect(actionsOn((await openLab()).lab.trade, 't-99')).toBeNull();
  });
});
