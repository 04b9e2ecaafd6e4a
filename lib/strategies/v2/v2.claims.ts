import { always, type Property } from '@/lib/explore/property';

/** What the note says of V2: never pay only, a state changed only on a definite result, convergence once faults stop. */
export const v2Claims: Property[] = [
  always({
    id: 'v2.never-pay-only',
    title: 'V2: never pay only',
    claim: 'RPC outside the transaction rules out "local row rolled back while the provider’s row exists"',
    strategy: 'v2',
    fence: 'on',
    holds: (o) => !o.payOnlySeen,
  }),
  always({
    id: 'v2.definite-only',
    title: 'V2: changes state only on a definite result',
    claim: 'change state only on a definite result; an unknown outcome leaves the mirror in unknown, owing the same operation',
    strategy: 'v2',
    fence: 'on',
    holds: (o) => o.guessed === null,
  }),
  always({
    id: 'v2.converges',
    title: 'V2 with the fence: every schedule converges once faults stop',
    claim: 'local commits, RPC fails → idempotency + retry converges',
    strategy: 'v2',
    fence: 'on',
    holds: (o) => o.afterRecovery.verdict === 'consistent',
  }),
];
