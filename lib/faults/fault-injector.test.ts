import { describe, expect, it } from 'vitest';
import { faultCatalog, faultSettingSchema } from './catalog';
import { FaultInjector } from './fault-injector';

const at = (op: 'try' | 'confirm' | 'cancel', payOrderId = 'po-1') => ({ op, payOrderId });

describe('FaultInjector', () => {
  it('lists the whole catalog, every fault off', () => {
    const list = new FaultInjector().list();
    expect(list.map((f) => f.id)).toEqual(faultCatalog.map((f) => f.id));
    expect(list.every((f) => f.mode === 'off' && f.fired === 0)).toBe(true);
  });

  it('never fires when off', () => {
    const faults = new FaultInjector();
    expect(Array.from({ length: 20 }, () => faults.fires('rpc.request_lost', at('try')))).not.toContain(true);
  });

  it('fires every time when always, and counts', () => {
    const faults = new FaultInjector();
    faults.set('rpc.response_lost', { mode: 'always' });
    expect([1, 2, 3].map(() => faults.fires('rpc.response_lost', at('try')))).toEqual([true, true, true]);
    expect(faults.view('rpc.response_lost').fired).toBe(3);
  });

  it('fires once, then switches itself off', () => {
    const faults = new FaultInjector();
    faults.set('rpc.duplicate', { mode: 'once' });
    expect(faults.fires('rpc.duplicate', at('try'))).toBe(true);
    expect(faults.fires('rpc.duplicate', at('try'))).toBe(false);
    expect(faults.view('rpc.duplicate')).toMatchObject({ mode: 'off', fired: 1 });
  });

  it('limits a fault to one operation', () => {
    const faults = new FaultInjector();
    faults.set('rpc.request_lost', { mode: 'always', op: 'confirm' });
    expect(faults.fires('rpc.request_lost', at('try'))).toBe(false);
    expect(faults.fires('rpc.request_lost', at('confirm'))).toBe(true);
  });

  it('fires forced faults whatever the switches say, without touching them', () => {
    const faults = new FaultInjector();
    expect(faults.fires('local.fail_after_rpc', at('try'), ['local.fail_after_rpc'])).toBe(true);
    expect(faults.fires('local.fail_after_rpc', at('try'))).toBe(false);
    expect(faults.view('local.fail_after_rpc').mode).toBe('off');
  });

  it('draws probabilities from a seed: the same seed replays the same run', () => {
    const run = (seed: number) => {
      const faults = new FaultInjector(seed);
      faults.set('rpc.slow_provider', { mode: 'probability', probability: 0.3 });
      return Array.from({ length: 1000 }, (_, i) => faults.fires('rpc.slow_provider', at('try', `po-${i}`)));
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
    const rate = run(7).filter(Boolean).length / 1000;
    expect(rate).toBeGreaterThan(0.25);
    expect(rate).toBeLessThan(0.35);
  });

  it('gives each pay order the same draws whichever other calls are asked in between', () => {
    // 100 pay orders, each asked three times in its own order (a call, then its retries), interleaved two ways.
    const decisions = (asks: [number, number][]) => {
      const faults = new FaultInjector(3);
      faults.set('rpc.request_lost', { mode: 'probability', probability: 0.5 });
      faults.set('rpc.duplicate', { mode: 'probability', probability: 0.5 });
      return asks
        .map(([po, attempt]) => {
          const point = at(po % 2 ? 'confirm' : 'try', `po-${po}`);
          return `${po}.${attempt}: ${faults.fires('rpc.request_lost', point)} ${faults.fires('rpc.duplicate', point)}`;
        })
        .sort();
    };
    const pos = Array.from({ length: 100 }, (_, po) => po);
    const roundRobin = [0, 1, 2].flatMap((attempt) => pos.map((po): [number, number] => [po, attempt]));
    const oneAfterAnother = pos.flatMap((po) => [0, 1, 2].map((attempt): [number, number] => [po, attempt]));
    expect(decisions(oneAfterAnother)).toEqual(decisions(roundRobin));
  });

  it('draws afresh each time the same point is asked again: a retry is not doomed to meet the same fault', () => {
    const faults = new FaultInjector(1);
    faults.set('rpc.response_lost', { mode: 'probability', probability: 0.5 });
    const retries = Array.from({ length: 40 }, () => faults.fires('rpc.response_lost', at('try')));
    expect(retries).toContain(true);
    expect(retries).toContain(false);
  });

  it('reset switches everything off', () => {
    const faults = new FaultInjector();
    faults.set('rpc.request_lost', { mode: 'always' });
    faults.fires('rpc.request_lost', at('try'));
    faults.reset();
    expect(faults.view('rpc.request_lost')).toMatchObject({ mode: 'off', fired: 0 });
  });
});

describe('faultSettingSchema', () => {
  it.each([{ mode: 'always' }, { mode: 'once', op: 'try' }, { mode: 'probability', probability: 0.5 }, { mode: 'off', op: null }])(
    'accepts %j',
    (s) => {
      expect(faultSettingSchema.safeParse(s).success).toBe(true);
    },
  );

  it.each([
    {},
    { mode: 'sometimes' },
    { mode: 'probability' },
    { mode: 'probability', probability: 2 },
    { mode: 'always', op: 'refund' },
    { mode: 'always', extra: 1 },
  ])('rejects %j', (s) => {
    expect(faultSettingSchema.safeParse(s).success).toBe(false);
  });
});
