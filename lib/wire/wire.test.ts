import { describe, expect, it } from 'vitest';
import type { Lab } from '@/lib/lab';
import { tradeView } from '@/lib/read-model/trade-view';
import { act, nextHeld, stepLabs } from '@/lib/testing/step-lab';
import { runRecoverySweep } from '@/lib/recovery/sweep';
import { createTrade } from '@/lib/trade/create-trade';
import { modifyTrade } from '@/lib/trade/modify-trade';

const stepLab = stepLabs();
const sides = (lab: Lab, tradeId = 't-1') => {
  const view = tradeView(lab, tradeId)!;
  return {
    mirror: view.mirror && [view.mirror.state, view.mirror.owed],
    provider: view.provider?.state ?? null,
    reservations: view.provider?.reservations,
  };
};

describe('step mode: every call waits on the wire for a person', () => {
  it('holds the try with its operation, pay order, attempt and the caller’s deadline; Deliver sends it', async () => {
    const lab = await stepLab();
    const created = createTrade(lab.trade, { amount: 5_00, strategy: 'v2' });
    const held = await nextHeld(lab);
    expect(held).toMatchObject({ kind: 'call', op: 'try', payOrderId: 'po-1', tradeId: 't-1', attempt: 1, late: false });
    expect(held.timeoutAt! - held.heldAt).toBe(60_000);
    expect(held.actions).toEqual(['deliver', 'lose-request', 'lose-reply', 'deliver-late', 'duplicate', 'reject']);
    act(lab, held, 'deliver');
    expect(await created).toMatchObject({ ok: true });
    expect(sides(lab)).toEqual({ mirror: ['trySuccess', null], provider: 'trySuccess', reservations: 1 });
  });

  it('a held confirm names its trade, though its body carries only the pay order', async () => {
    const lab = await stepLab();
    for (const strategy of ['v2', 'v1'] as const) {
      lab.updateSettings({ strategy });
      const created = createTrade(lab.trade, { amount: 5_00, strategy });
      const tryHeld = await nextHeld(lab);
      act(lab, tryHeld, 'deliver');
      const { value } = (await created) as { value: { tradeId: string } };
      const confirmed = modifyTrade(lab.trade, value.tradeId, 'confirm');
      const held = await nextHeld(lab);
      expect(held).toMatchObject({ kind: 'call', op: 'confirm', tradeId: value.tradeId, payOrderId: tryHeld.payOrderId });
      act(lab, held, 'deliver');
      expect(await confirmed).toMatchObject({ ok: true });
    }
  });

  it.each([
    ['lose-request', { mirror: ['unknown', 'try'], provider: null }],
    ['lose-reply', { mirror: ['unknown', 'try'], provider: 'trySuccess' }],
    ['duplicate', { mirror: ['trySuccess', null], provider: 'trySuccess' }],
    ['reject', { mirror: ['cancelled', null], provider: null }],
  ] as const)('%s does to that one message what its fault does — at once, no timeout waited out', async (action, expected) => {
    const lab = await stepLab();
    const created = createTrade(lab.trade, { amount: 5_00, strategy: 'v2' });
    act(lab, await nextHeld(lab), action);
    await created;
    expect(sides(lab)).toMatchObject(expected);
    expect(lab.wire.list()).toEqual([]);
  });

  it('Deliver late: the caller hears nothing now; the message stays, late, until delivered', async () => {
    const lab = await stepLab();
    const created = createTrade(lab.trade, { amount: 5_00, strategy: 'v2' });
    const held = await nextHeld(lab);
    act(lab, held, 'deliver-late');
    await created;
    expect(sides(lab)).toMatchObject({ mirror: ['unknown', 'try'], provider: null });
    const late = lab.wire.list()[0]!;
    expect(late).toMatchObject({ id: held.id, late: true, timeoutAt: null, actions: ['deliver', 'lose-request'] });
    act(lab, late, 'deliver');
    expect(lab.wire.list()).toEqual([]);
    await lab.trade.rpc.drained();
    expect(sides(lab)).toMatchObject({ provider: 'trySuccess' });
    expect(tradeView(lab, 't-1')!.events.some((e) => e.type === 'rpc.late')).toBe(true);
  });

  it('a message left past the caller’s timeout makes the result unknown, and delivering it then is a late delivery', async () => {
    const lab = await stepLab();
    lab.updateSettings({ stepTimeoutMs: 1_000 });
    const created = createTrade(lab.trade, { amount: 5_00, strategy: 'v2' });
    const held = await nextHeld(lab);
    await created;
    expect(sides(lab)).toMatchObject({ mirror: ['unknown', 'try'], provider: null });
    expect(lab.wire.list()).toMatchObject([{ id: held.id, late: true }]);
    act(lab, lab.wire.list()[0]!, 'deliver');
    expect(lab.wire.list()).toEqual([]);
    expect(lab.wire.act(held.id, 'deliver')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await lab.trade.rpc.drained();
    expect(sides(lab)).toMatchObject({ provider: 'trySuccess' });
  });

  it('holds each local step too when asked: Fail is create case 2; after the commit, Crash leaves the try to recovery', async () => {
    const lab = await stepLab(true);
    const failed = createTrade(lab.trade, { amount: 5_00, strategy: 'v2' });
    const intent = await nextHeld(lab);
    expect(intent).toMatchObject({ kind: 'local', fault: 'local.fail_before_rpc', actions: ['commit', 'fail'] });
    act(lab, intent, 'fail');
    expect(await failed).toMatchObject({ ok: false, error: { code: 'local_tx_failed' } });

    const crashed = createTrade(lab.trade, { amount: 5_00, strategy: 'v2' });
    act(lab, await nextHeld(lab), 'commit');
    const afterCommit = await nextHeld(lab);
    expect(afterCommit).toMatchObject({ kind: 'local', fault: 'local.crash_after_commit', actions: ['commit', 'crash'] });
    act(lab, afterCommit, 'crash');
    expect(await crashed).toMatchObject({ ok: true });
    expect(sides(lab, 't-2')).toMatchObject({ mirror: ['init', 'try'], provider: null });
  });

  it('while a person holds the moment after the commit, recovery leaves the owed call to the flow', async () => {
    const lab = await stepLab(true);
    const created = createTrade(lab.trade, { amount: 5_00, strategy: 'v2' });
    act(lab, await nextHeld(lab), 'commit');
    const afterCommit = await nextHeld(lab);
    expect(afterCommit).toMatchObject({ fault: 'local.crash_after_commit' });
    // The committed intent owes the try and is due at once; the flow has claimed it.
    const sweep = await runRecoverySweep(lab.trade, { force: true });
    expect(sweep).toMatchObject({ attemptedCount: 0, busy: ['po-1'] });
    expect(lab.wire.list().map((h) => h.kind)).toEqual(['local']);
    act(lab, afterCommit, 'commit');
    const call = await nextHeld(lab);
    expect(call).toMatchObject({ kind: 'call', op: 'try', attempt: 1 });
    act(lab, call, 'deliver');
    const recorded = await nextHeld(lab);
    expect(recorded).toMatchObject({ kind: 'local', fault: 'local.fail_after_rpc' });
    act(lab, recorded, 'commit');
    expect(await created).toMatchObject({ ok: true });
    expect(sides(lab)).toEqual({ mirror: ['trySuccess', null], provider: 'trySuccess', reservations: 1 });
  });

  it('refuses an unknown message, an action it does not offer, and acting twice — changing nothing', async () => {
    const lab = await stepLab();
    const created = createTrade(lab.trade, { amount: 5_00, strategy: 'v2' });
    const held = await nextHeld(lab);
    expect(lab.wire.act('w-999', 'deliver')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(lab.wire.act(held.id, 'crash')).toMatchObject({ ok: false, error: { code: 'illegal_transition' } });
    expect(lab.wire.list()).toHaveLength(1);
    act(lab, held, 'deliver');
    expect(lab.wire.act(held.id, 'deliver')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await created;
  });

  it('switching step mode off delivers whatever is waiting', async () => {
    const lab = await stepLab();
    const created = createTrade(lab.trade, { amount: 5_00, strategy: 'v1' });
    await nextHeld(lab);
    lab.updateSettings({ stepMode: false });
    expect(await created).toMatchObject({ ok: true });
    expect(lab.wire.list()).toEqual([]);
    expect(tradeView(lab, 't-1')).toMatchObject({ trade: { status: 'created' }, provider: { state: 'trySuccess' } });
  });

  it('a reset drops what waits, and the flows it releases hold nothing new on their way out', async () => {
    const lab = await stepLab(true);
    const created = createTrade(lab.trade, { amount: 5_00, strategy: 'v2' });
    act(lab, await nextHeld(lab), 'commit');
    act(lab, await nextHeld(lab), 'commit');
    expect(await nextHeld(lab)).toMatchObject({ kind: 'call', op: 'try' });
    const snapshots: boolean[] = [];
    lab.events.on('wire', () => snapshots.push(lab.wireSnapshot().stepMode));
    await lab.reset();
    await created;
    expect(lab.wire.list()).toEqual([]);
    expect(lab.wireSnapshot()).toMatchObject({ stepMode: false, holdLocalSteps: false });
    // The page learns that step mode is off from the stream, not only from the next settings fetch.
    expect(snapshots.at(-1)).toBe(false);
  });
});
