import { always, fired, reachable, type Property } from '@/lib/explore/property';

/**
 * What a coordinator claims, as properties of V3's schedules — and what it does not: the two
 * sides agree eventually, not at every instant (the in-doubt window is measured beside these),
 * and a coordinator that dies after deciding blocks the branches until it returns.
 */
export const v3Claims: Property[] = [
  always({
    id: 'v3.atomic',
    title: 'V3: atomic — never one branch committed and the other rolled back',
    claim: "a distributed transaction: both branches commit or both roll back (TLA+'s TCConsistent, from Lamport and Gray's TCommit)",
    strategy: 'v3',
    fence: 'on',
    holds: (o) => o.splitBranches.length === 0,
  }),
  always({
    id: 'v3.never-pay-only',
    title: 'V3: never pay only once the coordinator is done',
    claim: 'the coordinator cancels what a failed global transaction reserved: no orphan at the provider, no reconciliation needed',
    strategy: 'v3',
    fence: 'on',
    holds: (o) => o.afterRecovery.quadrant !== 'payOnly',
  }),
  always({
    id: 'v3.create-4-repaired',
    title: "V3: the note's create case 4 is repaired by the global rollback",
    claim: '❓ NOT reachable by retry: no local row to retry from (an orphan at the provider) — unless a coordinator cancels it',
    strategy: 'v3',
    fence: 'on',
    about: (o) => fired(o, 'local.fail_after_rpc', 'try'),
    holds: (o) => o.afterRecovery.pair[0] === '—' && o.afterRecovery.pair[1] === '—' && o.afterRecovery.verdict === 'consistent',
  }),
  always({
    id: 'v3.converges',
    title: 'V3 with the fence: every schedule converges once the coordinator is up',
    claim: 'the coordinator carries every decision out from its log, retrying until each branch answers',
    strategy: 'v3',
    fence: 'on',
    holds: (o) => o.afterRecovery.verdict === 'consistent',
  }),
  reachable({
    id: 'v3.blocking',
    title: 'V3: a coordinator that dies after deciding blocks the branches until it returns',
    claim: "the classic weakness of two-phase commit: the participants hold what they tried until the coordinator's decision reaches them",
    strategy: 'v3',
    fence: 'on',
    shows: (o) =>
      fired(o, 'tc.crash_after_decision') && o.steps.some((s) => s.verdict !== 'consistent') && o.afterRecovery.verdict === 'consistent',
  }),
  // Without the pay branch's fence, the coordinator's retries and the network's repeats reach the money twice.
  ...(
    [
      ['double', 'reserved or charged twice', 'V3 without the fence: a repeated Try reserves, or a repeated Confirm charges, again'],
      [
        'empty-rollback',
        'released what was never reserved',
        "V3 without the fence: the coordinator's Cancel of a Try that never landed releases money",
      ],
      [
        'hanging',
        'a reservation left hanging',
        'V3 without the fence: a Try landing after its Cancel reserves for good — once the coordinator is done, only reconciliation finds it',
      ],
    ] as const
  ).map(([id, anomaly, title]) =>
    reachable({
      id: `v3.fence-off.${id}`,
      title,
      claim:
        "a coordinator does not replace the participant's fence: Seata's tcc_fence_log guards idempotency, empty rollback and anti-hanging",
      strategy: 'v3',
      fence: 'off',
      // A doubled reservation leaves one hanging too: a hanging Try is one that landed late.
      shows: (o) => o.afterRecovery.anomalies.includes(anomaly) && (id !== 'hanging' || fired(o, 'rpc.slow_provider')),
    }),
  ),
];
