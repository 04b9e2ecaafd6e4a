import type { Operation } from '@/lib/pay-order/pay-order.machine';
import { faultCatalog, type FaultId, type FaultSetting } from './catalog';
import { seededRandom } from './random';

export interface FaultView {
  id: FaultId;
  label: string;
  effect: string;
  mode: FaultSetting['mode'];
  probability: number | null;
  op: Operation | null;
  fired: number;
}

/**
 * The lab's switchboard. Every place a fault can happen asks `fires(id, op)`; faults a
 * scenario amount forces fire whatever the switches say. `once` switches itself off after it
 * fires; `probability` draws from a seeded generator so a run can be replayed.
 */
export class FaultInjector {
  private settings = new Map<FaultId, FaultSetting>();
  private fired = new Map<FaultId, number>();
  private random: () => number;

  constructor(seed = 1) {
    this.random = seededRandom(seed);
  }

  fires(id: FaultId, op: Operation, forced: readonly FaultId[] = []): boolean {
    if (forced.includes(id)) return this.count(id);
    const setting = this.settings.get(id);
    if (!setting || setting.mode === 'off') return false;
    if (setting.op && setting.op !== op) return false;
    switch (setting.mode) {
      case 'always':
        return this.count(id);
      case 'once':
        this.settings.set(id, { ...setting, mode: 'off' });
        return this.count(id);
      case 'probability':
        return this.random() < (setting.probability ?? 0) && this.count(id);
    }
  }

  set(id: FaultId, setting: FaultSetting): FaultView {
    this.settings.set(id, setting);
    return this.view(id);
  }

  reseed(seed: number): void {
    this.random = seededRandom(seed);
  }

  /** Everything off, counters cleared. */
  reset(): void {
    this.settings.clear();
    this.fired.clear();
  }

  list(): FaultView[] {
    return faultCatalog.map((f) => this.view(f.id));
  }

  view(id: FaultId): FaultView {
    const entry = faultCatalog.find((f) => f.id === id);
    if (!entry) throw new Error(`fault ${id} is not in the catalog`);
    const setting = this.settings.get(id) ?? { mode: 'off' };
    return {
      id,
      label: entry.label,
      effect: entry.effect,
      mode: setting.mode,
      probability: setting.probability ?? null,
      op: setting.op ?? null,
      fired: this.fired.get(id) ?? 0,
    };
  }

  private count(id: FaultId): true {
    this.fired.set(id, (this.fired.get(id) ?? 0) + 1);
    return true;
  }
}
