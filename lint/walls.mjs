/**
 * The walls of DESIGN.md as eslint-plugin-boundaries policies. Each folder of the lab is an
 * element; a policy marked `layer` holds for tests too, the others bind production code only
 * (a test drives a whole lab and reads both sides, as the auditor does). The one wall with a
 * door in a single file — the pay service's published contract — is `contractOnly` below.
 */
export const wallElements = [
  { type: 'pay', pattern: 'lib/pay/**', partialMatch: false },
  { type: 'trade', pattern: 'lib/trade/**', partialMatch: false },
  // The strategies are the trade service's ways of placing its call: the caller's side.
  { type: 'strategies', pattern: 'lib/strategies/**', partialMatch: false },
  { type: 'rpc', pattern: 'lib/rpc/**', partialMatch: false },
  // The pure machines: the pay order's, and the coordinator's global transaction and branch.
  { type: 'machine', pattern: 'lib/pay-order/**', partialMatch: false },
  { type: 'machine', pattern: 'lib/global-tx/**', partialMatch: false },
  { type: 'recovery', pattern: 'lib/recovery/**', partialMatch: false },
  // The coordinator (V3's TC): a service of its own, with its own database.
  { type: 'coordinator', pattern: 'lib/coordinator/**', partialMatch: false },
  { type: 'consistency', pattern: 'lib/consistency/**', partialMatch: false },
  { type: 'read-model', pattern: 'lib/read-model/**', partialMatch: false },
  { type: 'lib', pattern: 'lib', partialMatch: false },
  { type: 'pay-db', pattern: 'db/pay/**', partialMatch: false },
  { type: 'trade-db', pattern: 'db/trade/**', partialMatch: false },
  { type: 'tc-db', pattern: 'db/tc/**', partialMatch: false },
  { type: 'db', pattern: 'db', partialMatch: false },
  { type: 'app', pattern: 'app/**', partialMatch: false },
];

const libTypes = ['pay', 'trade', 'strategies', 'rpc', 'machine', 'recovery', 'coordinator', 'consistency', 'read-model', 'lib'];
const dbTypes = ['pay-db', 'trade-db', 'tc-db', 'db'];
const to = (...types) => ({ to: { element: { types: { anyOf: types } } } });
const from = (...types) => ({ element: { types: { anyOf: types } } });

const policies = [
  { layer: true, from: from(...dbTypes), disallow: to(...libTypes, 'app'), message: 'db/ imports nothing from lib/ or app/' },
  { layer: true, from: from(...libTypes), disallow: to('app'), message: 'lib/ imports nothing from app/' },
  {
    from: from('trade', 'strategies', 'rpc', 'recovery'),
    disallow: to('pay-db', 'tc-db'),
    message: "the trade service's side never touches the pay service's database, nor the coordinator's",
  },
  {
    from: from('pay'),
    disallow: to('trade', 'strategies', 'trade-db', 'tc-db', 'coordinator', 'rpc', 'recovery'),
    message: 'the pay service touches only its own database, and knows nothing of its caller',
  },
  {
    from: from('coordinator'),
    disallow: to('trade', 'strategies', 'trade-db', 'pay-db', 'recovery'),
    message: 'the coordinator touches only its own database: it reaches the branches only through the calls it is handed',
  },
  {
    from: from('machine'),
    disallow: to(...libTypes.filter((t) => t !== 'machine'), ...dbTypes),
    message: 'the machine imports nothing that does I/O',
  },
];

const options = (chosen) => ({ default: 'allow', policies: chosen.map(({ layer: _layer, ...policy }) => policy) });

/** Every wall, for production code. */
export const walls = options(policies);
/** The layer walls only (db, lib, app), for tests. */
export const layerWalls = options(policies.filter((p) => p.layer));

/**
 * The explorer and the driver are handed the strategies (lib/explorer-kit): they may read the
 * catalog's names and cards, never a strategy's engine.
 */
export const handedStrategies = {
  patterns: [
    {
      regex: '^@/lib/(strategies/(?!catalog$|card$)|explorer-kit$)',
      message: 'the explorer and the driver are handed their strategies and scenarios (lib/explorer-kit); they import only the catalog',
    },
  ],
};

/**
 * A machine's folder imports xstate and its own files only (vitest in its tests), so the browser can
 * import it: finer than the machine wall, which cannot see packages such as node:fs.
 */
export const xstateOnly = (message) => ({
  patterns: [{ regex: '^(?!xstate($|/)|vitest$|\\./)', message }],
});

/**
 * The caller's side imports nothing of the pay service but its published contract; the services'
 * code is handed to the transports by the composition root (lib/lab.ts) alone. (Element patterns match folders, so this
 * file-level door is an import pattern.)
 */
export const contractOnly = {
  patterns: [
    {
      regex: '^(@/lib/pay/(?!contract$)|(\\.\\./)+pay/)',
      message:
        'the trade service reaches the pay service only through lib/rpc, and imports nothing of it but its contract (lib/pay/contract)',
    },
    {
      regex: '^(@/lib/coordinator/(?!contract$)|(\\.\\./)+coordinator/)',
      message:
        'the trade service reaches the coordinator only through lib/rpc, and imports nothing of it but its contract (lib/coordinator/contract)',
    },
  ],
};
