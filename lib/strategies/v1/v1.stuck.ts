import type { Said } from '@/lib/chaos/said';

/** The cases of the note a V1 trade can be left stuck in, each in English as the API and the terminal give it. */
export const v1StuckExplanations = {
  v1ConfirmCase3: () => "V1 confirm case 3: the confirm's result was unknown and V1 assumed success; nothing is left to retry from",
  orphanReservation: () => 'a reservation no trade knows (V1 create case 4 or delete case 3): only reconciliation cancels it',
  v1LostTry: () =>
    'V1 assumed a lost try succeeded (create case 3), and its re-drive was refused or overtaken by a later operation: a trade with no payment',
  v1LostTryAndConfirm: () => 'V1 assumed two lost calls succeeded, the try and then the confirm: a confirmed trade with no payment',
} satisfies Record<string, (s: Said) => string>;

export type V1StuckReason = keyof typeof v1StuckExplanations;

/** Which case of the note a stuck V1 trade is, read from where its two sides stand. */
export function v1StuckReason({ caller, provider }: Said): V1StuckReason | null {
  if (caller === 'confirmed' && provider === 'trySuccess') return 'v1ConfirmCase3';
  if (caller === '—' && provider === 'trySuccess') return 'orphanReservation';
  if (caller === 'created' && provider === '—') return 'v1LostTry';
  if (caller === 'confirmed' && provider === '—') return 'v1LostTryAndConfirm';
  return null;
}
