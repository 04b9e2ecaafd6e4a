/**
 * The starting sequences the explorer plays for one trade, by name: a create, then maybe one
 * operation on it; `cancel-while-unknown` sends the cancel while the try is still on the wire.
 * The workload each plays is handed to the explorer with its kit.
 */
export const sequences = ['create', 'create-confirm', 'create-cancel', 'create-delete', 'cancel-while-unknown'] as const;
export type Sequence = (typeof sequences)[number];
