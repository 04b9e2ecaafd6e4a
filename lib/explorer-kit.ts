import type { ExplorerKit } from '@/lib/explore/explorer-kit';
import { fenceOffClaims, invariantClaims } from '@/lib/explore/properties';
import type { TradePlan } from '@/lib/driver/workload';
import type { Sequence } from '@/lib/explore/sequences';
import { portOf, strategyClaims } from '@/lib/strategies/registry';

/** Each starting sequence as the workload it plays: a create, then maybe one operation on it. */
const sequences: Record<Sequence, Pick<TradePlan, 'then' | 'when'>> = {
  create: { then: null },
  'create-confirm': { then: 'confirm' },
  'create-cancel': { then: 'cancel' },
  'create-delete': { then: 'delete' },
  // Sent while the try is still on the wire, so a late try can meet it: TCC's hanging case.
  'cancel-while-unknown': { then: 'cancel', when: 'while the try is on the wire' },
};

/**
 * What the explorer is handed: the strategies, the sequences it plays, and the claims its report
 * lists — those every strategy answers to, then the strategies' own, then the fence's.
 */
export const explorerKit: ExplorerKit = {
  sequences,
  claims: [...invariantClaims, ...strategyClaims, ...fenceOffClaims],
  hooks: (strategy) => portOf(strategy).explorer,
};
