import { describe, expect, it } from 'vitest';
import { englishWords } from '@/i18n/english-words';
import { availability, reasonOf, refusalOf } from '@/lib/pay-order/event-availability';
import { refusalWords } from './refusal-words';

const english = englishWords('dashboard.diagram.refusal');
const states = ['init', 'trySuccess', 'unknown', 'confirmed', 'cancelled'] as const;

describe("the diagram's refusals, in the catalog's English", () => {
  it("say exactly what the machine's reason says, for every state, owed operation, request and edge", () => {
    let refused = 0;
    for (const state of states)
      for (const owed of [null, 'try', 'confirm', 'cancel'] as const)
        for (const event of ['confirm.requested', 'cancel.requested'] as const)
          for (const from of states) {
            const refusal = refusalOf({ state, owed }, event, from);
            const answer = availability({ state, owed }, event, from);
            expect(refusal === null).toBe(answer.allowed);
            if (refusal && !answer.allowed) {
              refused += 1;
              expect(refusalWords(english, refusal)).toBe(answer.reason);
            }
          }
    expect(refused).toBeGreaterThan(100);
    const noMirror = refusalOf(null, 'confirm.requested', 'trySuccess')!;
    expect(refusalWords(english, noMirror)).toBe(reasonOf(noMirror));
  });

  it('word the refusals the machine makes rarely or never today too', () => {
    for (const guard of [{ code: 'guard', name: 'isLucky' }, { code: 'owesSomething' }, { code: 'owesNothing', owed: 'try' }] as const) {
      const refusal = { code: 'refused', event: 'cancel.requested', state: 'init', guard } as const;
      expect(refusalWords(english, refusal)).toBe(reasonOf(refusal));
    }
    expect(refusalWords(english, { code: 'noTrade' })).toBe('no trade selected');
  });
});
