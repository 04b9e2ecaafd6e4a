import { describe, expect, it, vi } from 'vitest';
import { explorerKit } from '@/lib/explorer-kit';
import { startScratchLab } from '@/lib/scratch-lab';
import { explore } from './explore';
import { ExplorerWorld } from './explorer-world';
import { stateOf } from './state';

/** A table no one told the explorer about, kept in trade.db by a trigger: one row per event the trade service logs. */
const throwaway = vi.hoisted(() => ({ on: false }));
vi.mock('@/db/trade/client', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/db/trade/client')>();
  return {
    ...real,
    openTradeDb(dir: string) {
      const db = real.openTradeDb(dir);
      if (throwaway.on)
        db.$client.exec(`create table if not exists throwaway (n integer);
          create trigger if not exists throwaway_count after insert on trade_event begin insert into throwaway values (new.id); end;`);
      return db;
    },
  };
});

const bound = { depth: 2, strategies: ['v2' as const], fences: ['on' as const], sequences: ['create-cancel' as const] };

describe("the explorer's state covers every participant's every table", { timeout: 120_000 }, () => {
  it('a row in a table added to a participant changes the state', async () => {
    const world = new ExplorerWorld();
    const scratch = await startScratchLab({ world: world.world, inMemory: true });
    try {
      const before = stateOf(scratch.lab, world);
      scratch.lab.tradeDb.$client.exec('create table throwaway_probe (n integer); insert into throwaway_probe values (1);');
      expect(stateOf(scratch.lab, world)).not.toBe(before);
    } finally {
      await scratch.close();
    }
  });

  it('states that differ only in such a table stop merging', async () => {
    throwaway.on = false;
    const plain = await explore(bound, explorerKit);
    throwaway.on = true;
    const counted = await explore(bound, explorerKit);
    throwaway.on = false;
    expect(plain.merged).toBeGreaterThan(0);
    expect(counted.merged).toBeLessThan(plain.merged);
    expect(counted.schedules).toBeGreaterThan(plain.schedules);
  });
});
