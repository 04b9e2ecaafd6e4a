import { describe, expect, it } from 'vitest';
import { WriteGate } from './write-gate';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('WriteGate', () => {
  it('runs a write at once when nothing is held', async () => {
    const gate = new WriteGate();
    const order: string[] = [];
    const done = gate.write(() => order.push('write'));
    order.push('after call');
    await done;
    expect(order).toEqual(['write', 'after call']);
  });

  it('queues writes while a transaction is held, and runs them when it ends', async () => {
    const gate = new WriteGate();
    const order: string[] = [];
    let finish!: () => void;
    const held = gate.hold(() => new Promise<void>((resolve) => (finish = resolve)).then(() => void order.push('v1 commit')));
    const queued = gate.write(() => order.push('queued write'));
    await tick();
    expect(order).toEqual([]);
    finish();
    await Promise.all([held, queued]);
    expect(order).toEqual(['v1 commit', 'queued write']);
  });

  it('lets one holder in at a time, in arrival order', async () => {
    const gate = new WriteGate();
    const order: string[] = [];
    const section = (name: string) =>
      gate.hold(async () => {
        order.push(`${name} begin`);
        await tick();
        order.push(`${name} end`);
      });
    await Promise.all([section('a'), section('b'), section('c')]);
    expect(order).toEqual(['a begin', 'a end', 'b begin', 'b end', 'c begin', 'c end']);
  });

  it('passes a failing write on as a rejection, and releases after a failing holder', async () => {
    const gate = new WriteGate();
    await expect(
      gate.write(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(
      gate.hold(async () => {
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(gate.busy).toBe(false);
    await expect(gate.write(() => 1)).resolves.toBe(1);
  });
});
