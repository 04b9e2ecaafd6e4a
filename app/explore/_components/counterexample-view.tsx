'use client';

import { useTranslations } from 'next-intl';
import type { Counterexample } from '@/app/_shared/lab-api';
import { downloadJson } from '@/app/_shared/ui/download-json';
import { ScheduleLink } from './schedule-link';
import { ScheduleStory } from './schedule-story';
import { ScheduleTurns } from './schedule-turns';

interface Props {
  example: Counterexample;
  /** A counterexample breaks a claim; a witness shows what a claim says is reachable. */
  kind: 'counterexample' | 'witness';
  /** Why it departs from the note, for a counterexample. */
  why?: string;
  href: string;
  onOpen: (id: string) => void;
}

/** A shortest schedule in full: its id, the turns it took, how to replay it, why it matters, and its story. */
export function CounterexampleView({ example, kind, why, href, onOpen }: Props) {
  const t = useTranslations('explore.example');
  return (
    <div className="explore-example" data-schedule={example.id}>
      <div className="explore-example-head">
        <span>
          {t('shortest', { kind: t(kind) })}
          <ScheduleLink id={example.id} href={href} onOpen={onOpen} /> ·{' '}
          <span className="muted">
            {t('faults', { n: example.faults })}, {t('choices', { n: example.steps })}
          </span>
        </span>
        <button type="button" className="small" onClick={() => downloadJson(`${kind}-${example.id}.json`, example)}>
          {t('export')}
        </button>
      </div>
      <p className="explore-told">{example.told}</p>
      <ScheduleTurns turns={example.turns} />
      <p>{t.rich('replay', { code: (chunks) => <code>{chunks}</code>, command: example.replay })}</p>
      {why && <p className="explore-why">{t.rich('why', { b: (chunks) => <b>{chunks}</b>, why })}</p>}
      <ScheduleStory story={example.story} />
    </div>
  );
}
