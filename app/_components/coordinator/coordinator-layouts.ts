'use server';

import { layoutMachine, type DiagramLayout } from '@/app/_components/machine-diagram/diagram-layout';
import { branchMachine } from '@/lib/global-tx/branch.machine';
import { globalTransactionMachine } from '@/lib/global-tx/global-transaction.machine';

export interface CoordinatorLayouts {
  global: DiagramLayout;
  branch: DiagramLayout;
}

/** Seata's names are long: each state's box is as wide as its name at the diagram's 12px. */
const nodeSize = (state: string) => ({ width: Math.max(92, Math.ceil(state.length * 7) + 20), height: 32 });

let cached: Promise<CoordinatorLayouts> | undefined;

/**
 * The coordinator's two machines laid out from their own definitions, on the server (elkjs stays
 * out of the browser's bundle): they never change at run time, so once.
 */
export async function coordinatorLayouts(): Promise<CoordinatorLayouts> {
  cached ??= Promise.all([layoutMachine(globalTransactionMachine, { nodeSize }), layoutMachine(branchMachine, { nodeSize })]).then(
    ([global, branch]) => ({ global, branch }),
  );
  return cached;
}
