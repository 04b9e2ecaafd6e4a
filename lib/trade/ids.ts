/**
 * The trade service's id scheme, written once: a request's number is its trade t-<n>, and the
 * trade's pay order is po-<n> — derived, so a mirror and the provider's order are found by
 * primary key, and an auditor can read the books a numbered part at a time.
 */
export const tradeIdOf = (request: { id: number }) => `t-${request.id}`;
export const payOrderIdFor = (tradeId: string) => tradeId.replace(/^t-/, 'po-');
export const payOrderIdOf = (number: number) => `po-${number}`;
/** Every pay order id the caller hands out matches this, for SQLite's glob: po- and a number, which starts at character 4. */
export const payOrderIdGlob = 'po-[1-9]*';
export const payOrderNumberAt = 4;

/** t-42 → 42; anything else → undefined (so a malformed id is simply not found). */
export const requestIdOf = (tradeId: string) => (/^t-[1-9]\d{0,15}$/.test(tradeId) ? Number(tradeId.slice(2)) : undefined);
