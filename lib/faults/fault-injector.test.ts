import { describe, expect, it } from 'vitest';
import { faultCatalog, faultSettingSchema } from './catalog';
import { FaultInjector } from './fault-injector';

describe('FaultInjector', () => {
  it('lists the whole catalog, every fault off', () => {
    const list = new FaultInjector().list();
    expect(list.map((f) => f.id)).toEqual(faultCatalog.map((f) => f.id));
    expect(list.every((f) => f.mode === 'off' && f.fired === 0)).toBe(true);
  });

  it('never fires when off', () => {
    const faults = new FaultInjector();
    expect(Array.from({ length: 20 }, () => faults.fires('rpc.request_lost', 'try'))).not.toContain(true);
  });

  it('fires every time when always, and counts', () => {
    const faults = new FaultInjector();
    faults.set('rpc.response_lost', { mode: 'always' });
    expect([1, 2, 3].map(() => faults.fires('rpc.response_lost', 'try'))).toEqual([true, true, true]);
    expect(faults.view('rpc.response_lost').fired).toBe(3);
  });

  it('fires once, then switches itself off', () => {
    const faults = new FaultInjector();
    faults.set('rpc.duplicate', { mode: 'once' });
    expect(faults.fires('rpc.duplicate', 'try')).toBe(true);
    expect(faults.fires('rpc.duplicate', 'try')).toBe(false);
    expect(faults.view('rpc.duplicate')).toMatchObject({ mode: 'off', fired: 1 });
  });

  it('limits a fault to one operation', () => {
    const faults = new FaultInjector();
    faults.set('rpc.request_lost', { mode: 'always', op: 'confirm' });
    expect(faults.fires('rpc.request_lost', 'try')).toBe(false);
    expect(faults.fires('rpc.request_lost', 'confirm')).toBe(true);
  });

  it('fires forced faults whatever the switches say, without touching them', () => {
    const faults = new FaultInjector();
    expect(faults.fires('local.fail_after_rpc', 'try', ['local.fail_after_rpc'])).toBe(true);
    expect(faults.fires('local.fail_after_rpc', 'try')).toBe(false);
    expect(faults.view('local.fail_after_rpc').mode).toBe('off');
  });

  it('draws probabilities from a seed: the same seed replays the same run', () => {
    const run = (seed: number) => {
      const faults = new FaultInjector(seed);
      faults.set('rpc.slow_provider', { mode: 'probability', probability: 0.3 });
      return Array.from({ length: 1000 }, () => faults.fires('rpc.slow_provider', 'try'));
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
    const rate = run(7).filter(Boolean).length / 1000;
    expect(rate).toBeGreaterThan(0.25);
    expect(rate).toBeLessThan(0.35);
  });

  it('reset switches everything off', () => {
    const faults = new FaultInjector();
    faults.set('rpc.request_lost', { mode: 'always' });
    faults.fires('rpc.request_lost', 'try');
    faults.reset();
    expect(faults.view('rpc.request_lost')).toMatchObject({ mode: 'off', fired: 0 });
  });
});

describe('faultSettingSchema', () => {
  it.each([{ mode: 'always' }, { mode: 'once', op: 'try' }, { mode: 'probability', probability: 0.5 }, { mode: 'off', op: null }])('accepts %j', (s) => {
    expect(faultSettingSchema.safeParse(s).success).toBe(true);
  });

  it.each([{}, { mode: 'sometimes' }, { mode: 'probability' }, { mode: 'probability', probability: 2 }, { mode: 'always', op: 'refund' }, { mode: 'always', extra: 1 }])('rejects %j', (s) => {
    expect(faultSettingSchema.safeParse(s).success).toBe(false);
  });
});
