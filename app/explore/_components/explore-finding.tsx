'use client';

import { useState } from 'react';
import type { PropertyVerdict } from '@/app/_shared/lab-api';
import { count } from '@/app/_shared/ui/format';
import { CounterexampleView } from './counterexample-view';
import { useExploreWords } from './explore-words';

interface Props {
  property: PropertyVerdict;
  hrefOf: (schedule: string) => string;
  onOpen: (id: string) => void;
}

/**
 * One claim that does not come out as the note states it: what the note says, each way it
 * fails with how many schedules, and the shortest counterexample of the way chosen (the
 * shortest of all to begin with).
 */
export function ExploreFinding({ property: p, hrefOf, onOpen }: Props) {
  const words = useExploreWords();
  const t = (key: string, values?: Record<string, string | number>) => words.t(`explore.findings.${key}`, values);
  const [chosen, setChosen] = useState(0);
  const shown = p.classes[chosen];
  const titleId = `finding-${p.id}-title`;
  return (
    <article className="explore-finding" id={`finding-${p.id}`} aria-labelledby={titleId} data-property={p.id}>
      <h3 id={titleId}>✗ {words.titleOf(p)}</h3>
      <p>
        <span className="muted">{t('noteSays')}</span> {words.claimOf(p)} <span className="muted">({words.scopeOf(p)})</span>
      </p>
      {p.verdict === 'not reached' ? (
        <p className="explore-why">{t('notReached', { schedules: p.schedules })}</p>
      ) : (
        <>
          <p>
            {t('ways', {
              matching: p.matching,
              schedules: p.schedules,
              ways: p.classes.length === 1 ? t('oneWay') : t('manyWays', { n: p.classes.length }),
            })}
          </p>
          <ul className="explore-classes" aria-label={t('howFails', { title: words.titleOf(p) })}>
            {p.classes.map((c, i) => (
              <li key={c.description}>
                <span className="num">{count(c.schedules)} ×</span>{' '}
                {p.classes.length > 1 ? (
                  <button type="button" className="link" aria-pressed={i === chosen} onClick={() => setChosen(i)}>
                    {c.description}
                  </button>
                ) : (
                  c.description
                )}
              </li>
            ))}
          </ul>
          {shown && (
            <CounterexampleView
              key={shown.shortest.id}
              example={shown.shortest}
              kind="counterexample"
              why={shown.why}
              href={hrefOf(shown.shortest.id)}
              onOpen={onOpen}
            />
          )}
        </>
      )}
    </article>
  );
}
