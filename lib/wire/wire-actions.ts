/**
 * What a person may do with one message on the wire: exactly the network faults of the
 * catalog, applied to that message alone (Deliver is none of them).
 */
export const callActions = ['deliver', 'lose-request', 'lose-reply', 'deliver-late', 'duplicate', 'reject'] as const;

/** What a person may do with one local step: let it commit, make it fail, or — after a commit — crash. */
export const localActions = ['commit', 'fail', 'crash'] as const;

export const wireActions = [...callActions, ...localActions] as const;
export type WireAction = (typeof wireActions)[number];
