import type { Words } from '@/app/_shared/ui/words';
import type { GuardRefusal, Refusal } from '@/lib/pay-order/event-availability';

/** Why a button on the diagram is refused: the machine's own refusals, or no trade selected to ask it about. */
export type ButtonRefusal = Refusal | { code: 'noTrade' };

function guardWords(t: Words, g: GuardRefusal): string {
  switch (g.code) {
    case 'owes':
      return t('owes', { op: g.op, owed: g.owed ? t('owedOp', { op: g.owed }) : t('nothingOwed') });
    case 'owesNothing':
      return t('owesNothing', { op: g.owed ?? '' });
    case 'owesSomething':
      return t('nothingOwed');
    case 'guard':
      return t('guard', { name: g.name });
  }
}

/** A refusal in the reader's words (the catalog's `dashboard.diagram.refusal`); in English, the machine's own reason. */
export function refusalWords(t: Words, r: ButtonRefusal): string {
  switch (r.code) {
    case 'noTrade':
    case 'noMirror':
      return t(r.code);
    case 'noEdge':
      return t('noEdge', { event: r.event, state: r.state, final: r.final ? t('final') : '' });
    case 'refused':
      return t('refused', { event: r.event, state: r.state, why: guardWords(t, r.guard) });
    case 'otherState':
      return t('otherState', { event: r.event, state: r.state });
  }
}
