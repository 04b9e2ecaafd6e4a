'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import type { Replayed } from '@/app/_shared/lab-api';
import { downloadJson } from '@/app/_shared/ui/download-json';
import { replayCommandOf } from './explore-address';
import { useExploreWords } from './explore-words';
import { ScheduleStory } from './schedule-story';
import { ScheduleTurns } from './schedule-turns';
import { useReplayedSchedule } from './use-replayed-schedule';

/**
 * A schedule opened from its id (a counterexample's link, or an address that names one): the
 * server plays it again in a scratch lab of its own, and it is told here in full — with every
 * claim of the note it speaks of, kept or broken.
 */
export function OpenedSchedule({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useTranslations('explore.opened');
  const result = useReplayedSchedule(id);
  const panel = useRef<HTMLElement>(null);
  // Opened from a link far down the report: bring it into view.
  useEffect(() => panel.current?.scrollIntoView({ block: 'start' }), [id]);
  return (
    <section
      ref={panel}
      className="panel explore-report explore-opened"
      aria-label={t('label', { id })}
      aria-busy={result === null}
      data-schedule={id}
      data-loaded={result?.ok ? 'true' : 'false'}
    >
      <div className="explore-example-head">
        <h2>{t.rich('heading', { id, name: (chunks) => <span className="explore-id">{chunks}</span> })}</h2>
        <span>
          {result?.ok && (
            <button type="button" className="small" onClick={() => downloadJson(`schedule-${id}.json`, result.value)}>
              {t('export')}
            </button>
          )}{' '}
          <button type="button" className="small" onClick={onClose}>
            {t('close')}
          </button>
        </span>
      </div>
      {result === null ? (
        <p className="muted">{t('playing')}</p>
      ) : result.ok ? (
        <ReplayedView replayed={result.value} />
      ) : (
        <p className="error" role="alert">
          {t('failed', { message: result.error.message })}
        </p>
      )}
    </section>
  );
}

function ReplayedView({ replayed }: { replayed: Replayed }) {
  const t = useTranslations('explore');
  const words = useExploreWords();
  const broken = replayed.properties.filter((p) => !p.kept && p.kind === 'always');
  return (
    <>
      <p className="explore-told">{replayed.told}</p>
      <ScheduleTurns turns={replayed.outcome.choices.filter((c) => c.taken !== 0)} />
      <p>{t.rich('example.replay', { code: (chunks) => <code>{chunks}</code>, command: replayCommandOf(replayed.id) })}</p>
      <ul className="explore-kept" aria-label={t('opened.kept')}>
        {replayed.properties.map((p) => (
          <li key={p.id} className={p.kept ? 'verdict-consistent' : p.kind === 'always' ? 'verdict-stuck' : 'muted'}>
            {p.kept ? '✓' : p.kind === 'always' ? '✗' : '–'} {words.titleOf(p)}
            {p.kind === 'reachable' && t(p.kept ? 'opened.shown' : 'opened.notShown')}
          </li>
        ))}
      </ul>
      {broken.length > 0 && <p className="explore-why">{t.rich('example.why', { b: (chunks) => <b>{chunks}</b>, why: replayed.why })}</p>}
      <ScheduleStory story={replayed.story} />
    </>
  );
}
