import type { ExplorerKit } from '@/lib/explore/explorer-kit';
import { fenceOffClaims, invariantClaims } from '@/lib/explore/properties';
import { portOf } from './registry';
import { v1Strategy } from './v1/v1.strategy';
import { v2Strategy } from './v2/v2.strategy';

/**
 * The strategies as the explorer is handed them. Its report lists the claims every strategy
 * answers to, then the strategies' own — what V2 promises before V1's cells — then the fence's.
 */
export const explorerKit: ExplorerKit = {
  claims: [...invariantClaims, ...[v2Strategy, v1Strategy].flatMap((port) => port.explorer.claims), ...fenceOffClaims],
  hooks: (strategy) => portOf(strategy).explorer,
};
