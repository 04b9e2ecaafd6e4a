import type { TcEndpoint } from '@/lib/coordinator/contract';
import type { Operation } from '@/lib/pay-order/pay-order.machine';
import { faultCatalog, type FaultId, type FaultSetting } from './catalog';
import { randomStream, type Random } from '@/lib/random/random';

export interface FaultView {
  id: FaultId;
  label: string;
  effect: string;
  mode: FaultSetting['mode'];
  probability: number | null;
  op: Operation | null;
  fired: number;
}

/** Where a fault is asked about: which operation (or, for V3, which message to the coordinator), for which pay order. */
export interface FaultPoint {
  op: Operation | TcEndpoint;
  payOrderId: string;
}

/** What the engine asks at every point a fault can happen: does this one fire here? */
export interface FaultSource {
  fires(id: FaultId, at: FaultPoint, forced?: readonly FaultId[]): boolean;
}

/**
 * The lab's switchboard. Every place a fault can happen asks `fires(id, at)`; faults a
 * scenario amount forces fire whatever the switches say. `once` switches itself off after it
 * fires; `probability` draws from the seed, the fault, the point and how many times that point
 * was asked before — not from one stream shared by every call — so a pay order meets the same
 * faults whichever other calls happen to run beside it, and a seed replays a run.
 */
export class FaultInjector implements FaultSource {
  private settings = new Map<FaultId, FaultSetting>();
  private fired = new Map<FaultId, number>();
  private asked = new Map<string, number>();

  /**
   * `stream`, for a simulation: draw from one seeded stream in the order asked. The whole world
   * is deterministic there, so the order is too — and nothing is kept per point, however many.
   */
  constructor(
    private seed = 1,
    private readonly stream?: Random,
  ) {}

  fires(id: FaultId, at: FaultPoint, forced: readonly FaultId[] = []): boolean {
    if (forced.includes(id)) return this.count(id);
    const setting = this.settings.get(id);
    if (!setting || setting.mode === 'off') return false;
    if (setting.op && setting.op !== at.op) return false;
    switch (setting.mode) {
      case 'always':
        return this.count(id);
      case 'once':
        this.settings.set(id, { ...setting, mode: 'off' });
        return this.count(id);
      case 'probability':
        return this.draw(id, at) < (setting.probability ?? 0) && this.count(id);
    }
  }

  set(id: FaultId, setting: FaultSetting): FaultView {
    this.settings.set(id, setting);
    return this.view(id);
  }

  reseed(seed: number): void {
    this.seed = seed;
    this.asked.clear();
  }

  /** Everything off, counters cleared. */
  reset(): void {
    this.settings.clear();
    this.fired.clear();
    this.asked.clear();
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

  /** Uniform in [0, 1): the n-th draw for this fault at this point, under this seed. */
  private draw(id: FaultId, at: FaultPoint): number {
    if (this.stream) return this.stream();
    const point = `${id}|${at.op}|${at.payOrderId}`;
    const n = (this.asked.get(point) ?? 0) + 1;
    this.asked.set(point, n);
    return randomStream(this.seed, `${point}|${n}`)();
  }

  private count(id: FaultId): true {
    this.fired.set(id, (this.fired.get(id) ?? 0) + 1);
    return true;
  }
}
