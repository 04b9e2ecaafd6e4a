'use client';

import type { Counterexample } from '@/app/_shared/lab-api';
import { downloadJson } from '@/app/_shared/ui/download-json';
import { plural } from './explore-words';
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
  return (
    <div className="explore-example" data-schedule={example.id}>
      <div className="explore-example-head">
        <span>
          Shortest {kind}: <ScheduleLink id={example.id} href={href} onOpen={onOpen} /> ·{' '}
          <span className="muted">
            {plural(example.faults, 'fault')}, {plural(example.steps, 'choice point')}
          </span>
        </span>
        <button type="button" className="small" onClick={() => downloadJson(`${kind}-${example.id}.json`, example)}>
          Export JSON
        </button>
      </div>
      <p className="explore-told">{example.told}</p>
      <ScheduleTurns turns={example.turns} />
      <p>
        Replay it from a terminal: <code>{example.replay}</code>
      </p>
      {why && (
        <p className="explore-why">
          <b>Why:</b> {why}
        </p>
      )}
      <ScheduleStory story={example.story} />
    </div>
  );
}
