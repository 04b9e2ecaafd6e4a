import type { Strategy } from '@/lib/strategies/catalog';
import type { ExplorerHooks } from './explorer-hooks';
import type { Property } from './property';
import type { Sequence } from './sequences';
import type { TradePlan } from '@/lib/driver/workload';

/**
 * What the explorer is handed rather than imports: the strategies' hooks, the workload of each
 * starting sequence, and every claim it checks, in the order its report lists them.
 */
export interface ExplorerKit {
  /** The workload each starting sequence plays. */
  sequences: Record<Sequence, Pick<TradePlan, 'then' | 'when'>>;
  claims: readonly Property[];
  hooks(strategy: Strategy): ExplorerHooks;
}
