import { describe, expect, it } from 'vitest';
import { tradeView } from '@/lib/read-model/trade-view';
import { act, nextHeld, stepLabs } from '@/lib/testing/step-lab';
import { createTrade } from '@/lib/trade/create-trade';

const stepLab = stepLabs();

describe('step mode with a coordinator: the TM’s, the pay branch’s and the coordinator’s messages wait on the wire', () => {
  it('holds each message of a V3 create in protocol order, from whom to whom; nothing moves until a person delivers it', async () => {
    const lab = await stepLab();
    const created = createTrade(lab.trade, { amount: 5_00, strategy: 'v3' });
    const seen: string[] = [];
    for (let n = 0; n < 7; n++) {
      const held = await nextHeld(lab);
      seen.push(`${held.from}→${held.to} ${held.op}`);
      // Only the provider refuses as a business failure: a message to the coordinator cannot be "rejected".
      expect(held.actions.includes('reject')).toBe(held.to === 'pay' && held.from === 'trade');
      act(lab, held, 'deliver');
    }
    expect(await created).toMatchObject({ ok: true, value: { tradeId: 't-1' } });
    expect(seen).toEqual([
      'trade→tc begin',
      'trade→tc register',
      'trade→pay try',
      'trade→tc register',
      'trade→tc commit',
      'tc→pay confirm',
      'tc→trade confirm',
    ]);
    expect(tradeView(lab.audit, 't-1')).toMatchObject({ trade: { status: 'created', pending: null }, provider: { state: 'trySuccess' } });
  });

  it('a lost phase-2 call is the coordinator’s to retry: the trade stays held, pending, until it is delivered again', async () => {
    const lab = await stepLab();
    const created = createTrade(lab.trade, { amount: 5_00, strategy: 'v3' });
    for (let n = 0; n < 5; n++) act(lab, await nextHeld(lab), 'deliver');
    const pay = await nextHeld(lab);
    expect(pay).toMatchObject({ from: 'tc', to: 'pay', op: 'confirm' });
    act(lab, pay, 'lose-request');
    // The commit was decided: the TM hears it taken, while the first round stopped at the lost call and the trade stays pending.
    expect(await created).toMatchObject({ ok: true });
    expect(tradeView(lab.audit, 't-1')).toMatchObject({ trade: { pending: 'create' }, verdict: 'converging' });
    const retry = lab.tc.driveDue({ force: true });
    act(lab, await nextHeld(lab), 'deliver');
    act(lab, await nextHeld(lab), 'deliver');
    await retry;
    expect(tradeView(lab.audit, 't-1')).toMatchObject({ trade: { pending: null }, verdict: 'consistent' });
  });
});
