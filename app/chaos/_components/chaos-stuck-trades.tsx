'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ChaosRunReport } from '@/app/_shared/lab-api';
import { LaneDiagram } from '@/app/_shared/sequence-diagram/lane-diagram';
import { layoutLanes } from '@/app/_shared/sequence-diagram/lane-layout';
import { tradeStory } from '@/app/_shared/trade/trade-story';
import { sideName, useStoryWords } from '@/app/_shared/ui/words';
import { HeadRow } from './head-row';

type Stuck = ChaosRunReport['stuck'][number];

/**
 * What the run left stuck, each named by its case of the note. The first few carry their
 * events: pressing one draws its sequence diagram, as the trade page would have — the scratch
 * lab they lived in is gone.
 */
export function ChaosStuckTrades({ stuck, stuckCount }: { stuck: Stuck[]; stuckCount: number }) {
  const t = useTranslations('chaos');
  const side = useTranslations();
  const [shown, setShown] = useState<string | null>(null);
  const story = stuck.find((s) => s.tradeId === shown)?.story;
  const told = stuck.filter((s) => s.story).length;
  return (
    <section className="panel chaos-report" aria-labelledby="chaos-stuck-title">
      <h2 id="chaos-stuck-title">
        {t('stuck.title', { count: stuckCount })}
        {stuck.length < stuckCount && <span className="muted">{t('stuck.firstOnly', { shown: stuck.length })}</span>}
      </h2>
      {told > 0 && (
        <p className="muted">{t('stuck.press', { which: told === stuck.length ? t('stuck.each') : t('stuck.first', { told }) })}</p>
      )}
      <table className="chaos-table">
        <HeadRow names={(['trade', 'strategy', 'caller', 'provider', 'which'] as const).map((name) => t(`stuck.${name}`))} />
        <tbody>
          {stuck.map((s) => (
            <tr key={s.tradeId} className={s.tradeId === shown ? 'selected' : undefined}>
              <td>
                {s.story ? (
                  <button
                    type="button"
                    className="link"
                    aria-pressed={s.tradeId === shown}
                    onClick={() => setShown(s.tradeId === shown ? null : s.tradeId)}
                  >
                    {s.tradeId}
                  </button>
                ) : (
                  s.tradeId
                )}
              </td>
              <td>{s.strategy.toUpperCase()}</td>
              <td>{sideName(side, s.caller)}</td>
              <td>{sideName(side, s.provider)}</td>
              <td>
                {t(`reason.${s.reason}`, {
                  caller: sideName(side, s.caller),
                  provider: sideName(side, s.provider),
                  reservations: s.reservations,
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {story && <StuckStory story={story} />}
    </section>
  );
}

function StuckStory({ story }: { story: NonNullable<Stuck['story']> }) {
  const t = useTranslations('chaos.stuck');
  const words = useStoryWords();
  const layout = layoutLanes(story, words);
  return (
    <div className="chaos-story" role="region" aria-label={t('story', { id: story.id })}>
      <p>
        <strong>{story.id}</strong> · {tradeStory(story, words)}
      </p>
      <LaneDiagram tradeId={story.id} rows={layout.rows} step={layout.steps.length} />
    </div>
  );
}
