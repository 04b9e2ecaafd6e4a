import { fingerprint } from '@/db/fingerprint';
import { openPayDb, payNotState } from '@/db/pay/client';
import { openTcDb, tcNotState } from '@/db/tc/client';
import { openTradeDb, tradeNotState } from '@/db/trade/client';

/**
 * The services the lab is built from, each with a database of its own: how it is opened (and
 * migrated), and what of it is not state. Whatever reads every service — closing, the
 * explorer's notion of state — goes through this list, so a service added here is never missed.
 */
export const participants = [
  { name: 'trade', open: openTradeDb, notState: tradeNotState },
  { name: 'pay', open: openPayDb, notState: payNotState },
  // The coordinator (V3): its log of global transactions and their branches.
  { name: 'tc', open: openTcDb, notState: tcNotState },
] as const;

type Participant = (typeof participants)[number];
export type ParticipantDatabases = { [P in Participant as P['name']]: ReturnType<P['open']> };

export function openParticipants(dataDir: string): ParticipantDatabases {
  return Object.fromEntries(participants.map((p) => [p.name, p.open(dataDir)])) as ParticipantDatabases;
}

/** Every participant's state, as a model checker compares states: each database whole, less its logs and clocks. */
export function participantStates(databases: ParticipantDatabases): unknown[] {
  return participants.map((p) => [p.name, fingerprint(databases[p.name].$client, p.notState)]);
}

export function closeParticipants(databases: ParticipantDatabases): void {
  for (const p of participants) databases[p.name].$client.close();
}
